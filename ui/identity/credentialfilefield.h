#pragma once

#include <QWidget>

class QLineEdit;

// A credential file's path with its Browse button, for opening (import) or saving (export).
class CredentialFileField : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Open, Save };

    explicit CredentialFileField(Mode mode, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QLineEdit *edit() const { return m_edit; }

private:
    Mode m_mode;
    QLineEdit *m_edit;
};

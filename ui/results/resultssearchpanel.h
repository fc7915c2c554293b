#pragma once

#include "search/endpointcriteria.h"

#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QSpinBox;

// The advanced search of the results (reference 000, "Query Result"): IPv4 address range, IPv6
// prefix and length (112-128), computer name, server name, Active Directory tree and security
// status, all combinable. A field refuses what it cannot use as it is typed, with the reason
// under it (as the scope editor does); Search applies the criteria only when every field is
// valid.
class ResultsSearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsSearchPanel(QWidget *parent = nullptr);

    // The criteria of the fields, or nullopt while one is refused.
    std::optional<EndpointCriteria> criteria() const;
    // Empties every field and ticks every status.
    void clear();
    // The computer name field, kept in step with the quick search box.
    void setName(const QString &text);
    // The Active Directory tree field, set when the client tree's AD container is opened.
    void setAdTree(const QString &dn);
    // The IPv4 range and IPv6 prefix fields, set when the subnet map opens a block of addresses.
    void setAddresses(const QString &ipv4, const QString &ipv6Prefix, int ipv6Length);
    // Empties one field (its object name: "searchIpv4", ...), or ticks every status for
    // "searchStatus": what removing that filter's chip means. Emits nothing.
    void clearField(const QString &objectName);

signals:
    void searchRequested(const EndpointCriteria &criteria);
    void cleared();

private:
    struct Field
    {
        QLineEdit *edit = nullptr;
        QLabel *reason = nullptr;
        std::function<QString(EndpointCriteria &, const QString &)> set;
    };
    void addField(const QString &objectName, const QString &placeholder,
                  std::function<QString(EndpointCriteria &, const QString &)> set);
    QLayout *makeIpv6Field();
    QLayout *makeStatusBoxes();
    QLayout *makeButtons();
    QString ipv6Text() const;
    void validate();
    void search();

    std::vector<Field> m_fields;
    QSpinBox *m_ipv6Length = nullptr;
    std::vector<std::pair<SecurityStatus, QCheckBox *>> m_statuses;
    QLabel *m_statusReason = nullptr;
};

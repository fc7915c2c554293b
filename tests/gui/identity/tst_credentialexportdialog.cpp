#include "identity/credentialexportdialog.h"
#include "identity/servercredential.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

// Issue 15, point 4: the export dialog issues a move credential for the days chosen (1-14, 3 by
// default) and refuses a weak password, naming the problem, before it writes anything.
class TestCredentialExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersOneToFourteenDaysThreeByDefault();
    void aWeakPasswordIsRefusedWithItsProblem();
    void writesAMoveCredentialForTheDaysChosen();

private:
    void fill(CredentialExportDialog &dialog, const QString &file, const QString &password);

    QTemporaryDir m_directory;
    std::optional<CertificateAuthority> m_ca;
};

void TestCredentialExportDialog::initTestCase()
{
    QVERIFY(m_directory.isValid());
    Result<CertificateAuthority> created = CertificateAuthority::create(QStringLiteral("osm-hq"));
    QVERIFY2(created, qPrintable(created.error()));
    m_ca = created.value();
}

void TestCredentialExportDialog::fill(CredentialExportDialog &dialog, const QString &file,
                                      const QString &password)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("credentialFile"))->setText(file);
    dialog.findChild<QLineEdit *>(QStringLiteral("credentialPassword"))->setText(password);
    dialog.findChild<QLineEdit *>(QStringLiteral("credentialRepeat"))->setText(password);
}

void TestCredentialExportDialog::offersOneToFourteenDaysThreeByDefault()
{
    CredentialExportDialog dialog(*m_ca);
    const QSpinBox *days = dialog.findChild<QSpinBox *>(QStringLiteral("credentialDays"));
    QVERIFY(days);
    QCOMPARE(days->minimum(), 1);
    QCOMPARE(days->maximum(), 14);
    QCOMPARE(days->value(), 3);
}

void TestCredentialExportDialog::aWeakPasswordIsRefusedWithItsProblem()
{
    const QString file = m_directory.filePath(QStringLiteral("weak.p12"));
    CredentialExportDialog dialog(*m_ca);
    fill(dialog, file, QStringLiteral("long enough"));
    QVERIFY(!dialog.exportFile());
    QCOMPARE(dialog.error(), QStringLiteral("The password must have at least 12 characters."));
    fill(dialog, file, QStringLiteral("Password2026!"));
    QVERIFY(!dialog.exportFile());
    QCOMPARE(dialog.error(), QStringLiteral("The password is built on a well-known password."));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("credentialError"))->text(), dialog.error());
    QVERIFY(!QFile::exists(file));
}

void TestCredentialExportDialog::writesAMoveCredentialForTheDaysChosen()
{
    const QString file = m_directory.filePath(QStringLiteral("osm-hq.p12"));
    const QString password = QStringLiteral("a fine long passphrase");
    CredentialExportDialog dialog(*m_ca);
    fill(dialog, file, password);
    dialog.findChild<QSpinBox *>(QStringLiteral("credentialDays"))->setValue(7);
    QVERIFY2(dialog.exportFile(), qPrintable(dialog.error()));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const Result<MoveCredential> credential
        = ServerCredential::importBundle(written.readAll(), password);
    QVERIFY2(credential, qPrintable(credential.error()));
    QVERIFY(isMoveOnly(credential->certificate));
    const qint64 lifetime
        = credential->certificate.effectiveDate().secsTo(credential->certificate.expiryDate());
    QVERIFY2(qAbs(lifetime - (7 * 86400 + 5 * 60)) <= 1, qPrintable(QString::number(lifetime)));
}

QTEST_MAIN(TestCredentialExportDialog)
#include "tst_credentialexportdialog.moc"

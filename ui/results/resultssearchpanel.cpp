#include "results/resultssearchpanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString refusedStyle = QStringLiteral("border: 1px solid #c0392b;");
const QString reasonStyle = QStringLiteral("color: #c0392b;");
} // namespace

ResultsSearchPanel::ResultsSearchPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("advancedSearch"));
    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(this);
    auto *box = new QGroupBox(tr("Advanced search"));
    box->setLayout(form);
    layout->addWidget(box);
    setLayout(layout);

    const auto add = [&](const QString &name, const QString &label, const QString &placeholder,
                         std::function<QString(EndpointCriteria &, const QString &)> set) {
        addField(name, placeholder, std::move(set));
        const Field &field = m_fields.back();
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field.edit);
        column->addWidget(field.reason);
        form->addRow(label, column);
    };
    add(QStringLiteral("searchName"), tr("Computer name"), tr("pc-042, or pc-* with the wildcard"),
        [](EndpointCriteria &c, const QString &t) { return c.setName(t).error(); });
    add(QStringLiteral("searchIpv4"), tr("IPv4 address range"),
        tr("10.0.0.1-10.0.0.254 or 10.0.0.0/24"),
        [](EndpointCriteria &c, const QString &t) { return c.setIpv4(t).error(); });

    form->addRow(tr("IPv6 prefix and length"), makeIpv6Field());

    add(QStringLiteral("searchServer"), tr("Server name"), tr("osm-hq, or osm-* with the wildcard"),
        [](EndpointCriteria &c, const QString &t) { return c.setServer(t).error(); });
    add(QStringLiteral("searchAdTree"), tr("Active Directory tree"),
        tr("OU=Finance,DC=corp,DC=example"),
        [](EndpointCriteria &c, const QString &t) { return c.setAdTree(t).error(); });

    form->addRow(tr("Security status"), makeStatusBoxes());
    form->addRow(makeButtons());
}

QLayout *ResultsSearchPanel::makeIpv6Field()
{
    // The manual's two parts: the prefix, and its length between 112 and 128.
    addField(QStringLiteral("searchIpv6"), tr("fd00:1::"),
             [this](EndpointCriteria &c, const QString &t) {
                 return c.setIpv6(t.trimmed().isEmpty() ? QString() : ipv6Text()).error();
             });
    m_ipv6Length = new QSpinBox;
    m_ipv6Length->setObjectName(QStringLiteral("searchIpv6Length"));
    m_ipv6Length->setRange(112, 128);
    m_ipv6Length->setValue(120);
    m_ipv6Length->setPrefix(QStringLiteral("/"));
    connect(m_ipv6Length, &QSpinBox::valueChanged, this, &ResultsSearchPanel::validate);
    auto *ipv6Row = new QHBoxLayout;
    ipv6Row->addWidget(m_fields.back().edit, 1);
    ipv6Row->addWidget(m_ipv6Length);
    auto *ipv6Column = new QVBoxLayout;
    ipv6Column->setSpacing(2);
    ipv6Column->addLayout(ipv6Row);
    ipv6Column->addWidget(m_fields.back().reason);
    return ipv6Column;
}

QLayout *ResultsSearchPanel::makeStatusBoxes()
{
    auto *statusColumn = new QVBoxLayout;
    statusColumn->setSpacing(2);
    for (SecurityStatus status : SecurityStatuses::all) {
        auto *check = new QCheckBox(displayName(status));
        check->setObjectName(QStringLiteral("searchStatus-") + toKey(status));
        check->setChecked(true);
        connect(check, &QCheckBox::toggled, this, &ResultsSearchPanel::validate);
        statusColumn->addWidget(check);
        m_statuses.emplace_back(status, check);
    }
    m_statusReason = new QLabel;
    m_statusReason->setObjectName(QStringLiteral("searchStatusReason"));
    m_statusReason->setStyleSheet(reasonStyle);
    m_statusReason->hide();
    statusColumn->addWidget(m_statusReason);
    return statusColumn;
}

QLayout *ResultsSearchPanel::makeButtons()
{
    auto *searchButton = new QPushButton(tr("Search"));
    searchButton->setObjectName(QStringLiteral("searchButton"));
    searchButton->setDefault(true);
    connect(searchButton, &QPushButton::clicked, this, &ResultsSearchPanel::search);
    auto *clearButton = new QPushButton(tr("Clear"));
    clearButton->setObjectName(QStringLiteral("clearSearchButton"));
    connect(clearButton, &QPushButton::clicked, this, [this] {
        clear();
        emit cleared();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clearButton);
    buttons->addWidget(searchButton);
    return buttons;
}

void ResultsSearchPanel::addField(const QString &objectName, const QString &placeholder,
                                  std::function<QString(EndpointCriteria &, const QString &)> set)
{
    Field field;
    field.edit = new QLineEdit;
    field.edit->setObjectName(objectName);
    field.edit->setPlaceholderText(placeholder);
    field.edit->setClearButtonEnabled(true);
    field.reason = new QLabel;
    field.reason->setObjectName(objectName + QStringLiteral("Reason"));
    field.reason->setStyleSheet(reasonStyle);
    field.reason->setWordWrap(true);
    field.reason->hide();
    field.set = std::move(set);
    connect(field.edit, &QLineEdit::textChanged, this, &ResultsSearchPanel::validate);
    connect(field.edit, &QLineEdit::returnPressed, this, &ResultsSearchPanel::search);
    m_fields.push_back(std::move(field));
}

QString ResultsSearchPanel::ipv6Text() const
{
    return m_fields[2].edit->text().trimmed() + QLatin1Char('/')
        + QString::number(m_ipv6Length->value());
}

std::optional<EndpointCriteria> ResultsSearchPanel::criteria() const
{
    EndpointCriteria criteria;
    for (const Field &field : m_fields) {
        if (!field.set(criteria, field.edit->text()).isEmpty())
            return std::nullopt;
    }
    StatusSet statuses = StatusSet::of({});
    for (const auto &[status, check] : m_statuses) {
        if (check->isChecked())
            statuses.insert(status);
    }
    if (statuses.isEmpty())
        return std::nullopt;
    if (!statuses.isEverything())
        criteria.statuses = statuses;
    return criteria;
}

void ResultsSearchPanel::validate()
{
    EndpointCriteria scratch;
    for (const Field &field : m_fields) {
        const QString reason = field.set(scratch, field.edit->text());
        field.edit->setStyleSheet(reason.isEmpty() ? QString() : refusedStyle);
        field.reason->setText(reason);
        field.reason->setVisible(!reason.isEmpty());
    }
    bool any = false;
    for (const auto &entry : m_statuses)
        any = any || entry.second->isChecked();
    m_statusReason->setText(any ? QString() : tr("tick at least one security status"));
    m_statusReason->setVisible(!any);
}

void ResultsSearchPanel::search()
{
    validate();
    if (const std::optional<EndpointCriteria> valid = criteria())
        emit searchRequested(*valid);
}

void ResultsSearchPanel::clear()
{
    for (const Field &field : m_fields)
        field.edit->clear();
    m_ipv6Length->setValue(120);
    for (const auto &entry : m_statuses)
        entry.second->setChecked(true);
    validate();
}

void ResultsSearchPanel::setAdTree(const QString &dn)
{
    for (const Field &field : m_fields) {
        if (field.edit->objectName() == QLatin1String("searchAdTree"))
            field.edit->setText(dn);
    }
}

void ResultsSearchPanel::setAddresses(const QString &ipv4, const QString &ipv6Prefix,
                                      int ipv6Length)
{
    for (const Field &field : m_fields) {
        if (field.edit->objectName() == QLatin1String("searchIpv4"))
            field.edit->setText(ipv4);
        else if (field.edit->objectName() == QLatin1String("searchIpv6"))
            field.edit->setText(ipv6Prefix);
    }
    m_ipv6Length->setValue(ipv6Length);
    validate();
}

void ResultsSearchPanel::setName(const QString &text)
{
    if (m_fields.front().edit->text() != text)
        m_fields.front().edit->setText(text);
}

void ResultsSearchPanel::clearField(const QString &objectName)
{
    if (objectName == QLatin1String("searchStatus")) {
        for (const auto &entry : m_statuses)
            entry.second->setChecked(true);
    }
    for (const Field &field : m_fields) {
        if (field.edit->objectName() == objectName)
            field.edit->clear();
    }
    validate();
}

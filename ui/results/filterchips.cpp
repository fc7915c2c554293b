#include "results/filterchips.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMetaEnum>
#include <QToolButton>

namespace {
QString objectNameOf(FilterChips::Filter filter)
{
    return QStringLiteral("filterChip-%1")
        .arg(QLatin1String(QMetaEnum::fromType<FilterChips::Filter>().valueToKey(int(filter))));
}

// The statuses an advanced search keeps, in the UI's words.
QString statusWords(const StatusSet &set)
{
    QStringList words;
    for (SecurityStatus status : SecurityStatuses::all) {
        if (set.contains(status))
            words.append(displayName(status));
    }
    return words.join(QStringLiteral(", "));
}
} // namespace

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
    , m_row(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("filterChips"));
    m_row->setContentsMargins(0, 0, 0, 0);
    setVisible(false);
}

void FilterChips::show(std::optional<SecurityStatus> status, const ResultsPlace &place,
                       const EndpointCriteria &criteria)
{
    while (QLayoutItem *item = m_row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (status)
        addChip(Filter::Status, tr("Status"), displayName(*status));
    if (place.kind == ResultsPlace::Kind::Domain)
        addChip(Filter::Place, tr("Domain"),
                place.domain.isEmpty() ? tr("(no domain)") : place.domain);
    else if (place.kind == ResultsPlace::Kind::OutsideAd)
        addChip(Filter::Place, tr("Found in"), tr("IP ranges only, not in Active Directory"));
    if (criteria.quick)
        addChip(Filter::Search, tr("Search"), criteria.quick->toString());
    if (criteria.ipv4)
        addChip(Filter::Ipv4, tr("IPv4"), criteria.ipv4->toString());
    if (criteria.ipv6)
        addChip(Filter::Ipv6, tr("IPv6"), criteria.ipv6->toString());
    if (criteria.server)
        addChip(Filter::Server, tr("Server"), criteria.server->toString());
    if (criteria.adTree)
        addChip(Filter::AdTree, tr("AD tree"), criteria.adTree->toString());
    if (criteria.statuses && !criteria.statuses->isEverything())
        addChip(Filter::Statuses, tr("Statuses"), statusWords(*criteria.statuses));
    if (m_row->count() == 0) {
        setVisible(false);
        return;
    }
    m_row->insertWidget(0, new QLabel(tr("Filters:")));
    m_row->addStretch(1);
    setVisible(true);
}

void FilterChips::addChip(Filter filter, const QString &label, const QString &value)
{
    auto *chip = new QToolButton;
    chip->setObjectName(objectNameOf(filter));
    const QString text = tr("%1: %2").arg(label, value);
    // A long AD tree or status list is cut in the middle; the whole filter is in the tooltip.
    chip->setText(
        fontMetrics().elidedText(text, Qt::ElideMiddle, fontMetrics().averageCharWidth() * 40)
        + QStringLiteral("  ×"));
    chip->setToolTip(tr("%1\nClick to remove this filter.").arg(text));
    chip->setAccessibleName(tr("Remove filter %1").arg(text));
    chip->setAutoRaise(false);
    chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); "
                                       "border-radius: 9px; padding: 1px 8px; }"));
    connect(chip, &QToolButton::clicked, this, [this, filter] { emit removeRequested(filter); });
    m_row->addWidget(chip);
}

QToolButton *FilterChips::chip(Filter filter) const
{
    return findChild<QToolButton *>(objectNameOf(filter));
}

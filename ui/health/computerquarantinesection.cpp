#include "health/computerquarantinesection.h"

#include "style/statusstyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

ComputerQuarantineSection::ComputerQuarantineSection(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel)
    , m_heading(new QLabel)
    , m_meaning(new QLabel)
    , m_fields(new QWidget)
    , m_form(new QFormLayout(m_fields))
{
    setObjectName(QStringLiteral("computerQuarantine"));
    setAccessibleName(tr("Quarantine"));
    m_icon->setObjectName(QStringLiteral("quarantineIcon"));
    m_icon->setFixedSize(32, 32);
    m_heading->setObjectName(QStringLiteral("quarantineHeading"));
    m_meaning->setObjectName(QStringLiteral("quarantineMeaning"));
    m_meaning->setWordWrap(true);
    m_meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_icon);
    heading->addWidget(m_heading, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_meaning);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    setUnknown({});
}

QString ComputerQuarantineSection::decidedBy(const QuarantineState &state)
{
    switch (state.reason) {
    case QuarantineState::Reason::Manual:
        return tr("an administrator (manual)");
    case QuarantineState::Reason::Policy:
        return state.policy.isEmpty() ? tr("a compliance policy")
                                      : tr("the compliance policy %1").arg(state.policy);
    case QuarantineState::Reason::Detection:
        return state.policy.isEmpty() ? tr("an automatic response to a detection")
                                      : tr("the automatic response rule %1").arg(state.policy);
    }
    return {};
}

QString ComputerQuarantineSection::meaning(const std::optional<QuarantineState> &state)
{
    if (!state)
        return {};
    switch (state->state) {
    case QuarantineState::State::Quarantined:
        return tr("The computer is cut off from the network on purpose: it answers only this "
                  "console. It is not down; it cannot be reached until it is released.");
    case QuarantineState::State::Pending:
        return tr("Its user has been warned: the computer will be quarantined when the grace "
                  "period ends, unless it becomes compliant first.");
    case QuarantineState::State::Released:
        return tr("The computer was quarantined and has been released: its network is open "
                  "again.");
    }
    return {};
}

void ComputerQuarantineSection::setHeading(const QIcon &icon, const QString &text,
                                           const QColor &color)
{
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(32, 32));
    m_icon->setVisible(!icon.isNull());
    m_heading->setText(text);
    m_heading->setAccessibleName(text);
    // The text a shade darker than the icon: the sky blue of Pending is too light to read on a
    // light page.
    m_heading->setStyleSheet(color.isValid()
                                 ? QStringLiteral("font-size: 13pt; font-weight: bold; color: %1")
                                       .arg(color.darker(150).name())
                                 : QStringLiteral("font-size: 13pt; font-weight: bold"));
}

void ComputerQuarantineSection::addField(const QString &label, const QString &value,
                                         const QString &objectName)
{
    auto *field = new QLabel(value);
    field->setObjectName(objectName);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setAccessibleName(label);
    m_form->addRow(label, field);
}

void ComputerQuarantineSection::setUnknown(const QString &error)
{
    setHeading({}, error.isEmpty() ? tr("Reading the quarantine...") : tr("Quarantine unknown"),
               {});
    m_meaning->setText(error.isEmpty() ? QString()
                                       : tr("The quarantine cannot be read: %1").arg(error));
    m_meaning->setVisible(!error.isEmpty());
    m_fields->hide();
}

void ComputerQuarantineSection::setQuarantine(const std::optional<QuarantineState> &state)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (!state) {
        setHeading({}, tr("Not quarantined"), {});
        m_meaning->setText(tr("No quarantine of this computer is known: its network is open."));
        m_meaning->show();
        m_fields->hide();
        return;
    }
    setHeading(StatusStyle::quarantineIcon(state->state), displayName(state->state),
               StatusStyle::quarantineColor(state->state));
    m_meaning->setText(meaning(state));
    m_meaning->show();
    const bool released = state->state == QuarantineState::State::Released;
    addField(released ? tr("Quarantined by:") : tr("Decided by:"), decidedBy(*state),
             QStringLiteral("quarantineBy"));
    if (state->since.isValid())
        addField(tr("Since:"), timeText(state->since), QStringLiteral("quarantineSince"));
    if (state->graceEnds.isValid())
        addField(tr("Grace period ends:"), timeText(state->graceEnds),
                 QStringLiteral("quarantineGraceEnds"));
    if (!state->missingCves.isEmpty())
        addField(tr("Missing updates (CVE):"), state->missingCves.join(tr(", ")),
                 QStringLiteral("quarantineMissingCves"));
    if (!state->why.isEmpty())
        addField(tr("Why:"), state->why, QStringLiteral("quarantineWhy"));
    m_fields->show();
}

#include "health/quarantinebanner.h"

#include "health/computerquarantinesection.h"
#include "style/statusstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

QuarantineBanner::QuarantineBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
{
    setObjectName(QStringLiteral("quarantineBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_icon->setFixedSize(24, 24);
    m_text->setObjectName(QStringLiteral("quarantineBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

QString QuarantineBanner::text() const
{
    return m_text->text();
}

void QuarantineBanner::setQuarantine(const std::optional<QuarantineState> &state)
{
    if (!state || state->state == QuarantineState::State::Released) {
        hide();
        return;
    }
    const QColor color = StatusStyle::quarantineColor(state->state);
    m_icon->setPixmap(StatusStyle::quarantineIcon(state->state).pixmap(24, 24));
    // A light wash of the state's colour, with a border in it: the icon carries the glyph.
    setStyleSheet(
        QStringLiteral("QFrame#quarantineBanner { background: %1; border: 1px solid "
                       "%2; border-radius: 4px }")
            .arg(QColor(color.red(), color.green(), color.blue(), 40).name(QColor::HexArgb),
                 color.name()));
    // Short: the Quarantine tab has the whole story.
    const QString who = ComputerQuarantineSection::decidedBy(*state);
    QString text;
    if (state->state == QuarantineState::State::Quarantined)
        text = tr("Quarantined by %1: unreachable on purpose, not down; it answers only this "
                  "console until it is released.")
                   .arg(who);
    else if (state->graceEnds.isValid())
        text = tr("Pending quarantine by %1: it will be quarantined when the grace period ends, "
                  "%2.")
                   .arg(who,
                        QLocale().toString(state->graceEnds.toLocalTime(), QLocale::ShortFormat));
    else
        text = tr("Pending quarantine by %1.").arg(who);
    m_text->setText(text);
    setAccessibleName(text);
    show();
}

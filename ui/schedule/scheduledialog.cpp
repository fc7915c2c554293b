#include "schedule/scheduledialog.h"

#include "common/clock.h"
#include "schedule/scheduleplan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

namespace {

const QString errorStyle = QStringLiteral("color: #c0392b;");

// A whole number typed in a field; the reason in words when it is not one.
Result<int> parseWholeNumber(const QString &text, const QString &emptyReason)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<int>::failure(emptyReason);
    bool isNumber = false;
    const int number = trimmed.toInt(&isNumber);
    if (!isNumber)
        return Result<int>::failure(
            ScheduleDialog::tr("\"%1\" is not a whole number.").arg(trimmed));
    return number;
}

QLabel *errorLabel(const char *objectName)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setStyleSheet(errorStyle);
    label->setWordWrap(true);
    return label;
}

QLabel *noteLabel(const char *objectName)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    return label;
}

} // namespace

ScheduleDialog::ScheduleDialog(const Schedule &schedule, QWidget *parent)
    : QDialog(parent)
    , m_initial(schedule)
    , m_enabled(new QCheckBox(tr("Enable scheduled query")))
    , m_fields(new QWidget)
    , m_form(new QFormLayout(m_fields))
    , m_frequency(new QComboBox)
    , m_dayOfWeek(new QComboBox)
    , m_dayOfMonth(new QLineEdit(QString::number(schedule.dayOfMonth)))
    , m_dayOfMonthError(errorLabel("dayOfMonthError"))
    , m_monthlyNote(noteLabel("monthlyNote"))
    , m_hours(new QLineEdit(QString::number(schedule.intervalHours)))
    , m_hoursError(errorLabel("hoursError"))
    , m_time(new QTimeEdit(schedule.timeOfDay))
    , m_timeNote(noteLabel("timeNote"))
    , m_nextRun(noteLabel("nextRun"))
{
    setWindowTitle(tr("Scheduled Query"));
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setChecked(schedule.enabled);
    buildFields();

    auto *note = new QLabel(tr("The console runs the saved scope when the query is due, one query "
                               "at a time, while it is open. A query missed while the console "
                               "was closed runs when it starts again."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(m_fields);
    layout->addWidget(m_nextRun);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_enabled, &QCheckBox::toggled, this, &ScheduleDialog::refresh);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &ScheduleDialog::showFrequency);
    connect(m_dayOfWeek, &QComboBox::currentIndexChanged, this, &ScheduleDialog::refresh);
    connect(m_dayOfMonth, &QLineEdit::textChanged, this, &ScheduleDialog::refresh);
    connect(m_hours, &QLineEdit::textChanged, this, &ScheduleDialog::refresh);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleDialog::refresh);
    showFrequency(m_frequency->currentIndex());
}

void ScheduleDialog::buildFields()
{
    m_frequency->setObjectName(QStringLiteral("frequency"));
    m_frequency->addItem(tr("Daily"), int(ScheduleFrequency::Daily));
    m_frequency->addItem(tr("Weekly"), int(ScheduleFrequency::Weekly));
    m_frequency->addItem(tr("Monthly"), int(ScheduleFrequency::Monthly));
    m_frequency->addItem(tr("Every N hours"), int(ScheduleFrequency::EveryNHours));
    m_frequency->setCurrentIndex(m_frequency->findData(int(m_initial.frequency)));

    m_dayOfWeek->setObjectName(QStringLiteral("dayOfWeek"));
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_dayOfWeek->addItem(locale.dayName(day), day);
    m_dayOfWeek->setCurrentIndex(std::max(0, m_dayOfWeek->findData(int(m_initial.dayOfWeek))));

    m_dayOfMonth->setObjectName(QStringLiteral("dayOfMonth"));
    m_hours->setObjectName(QStringLiteral("hours"));
    m_time->setObjectName(QStringLiteral("time"));
    // Whole minutes, shown as the administrator's locale writes a time.
    m_time->setDisplayFormat(locale.timeFormat(QLocale::ShortFormat));

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("Frequency:"), m_frequency);
    m_form->addRow(tr("Day of the week:"), m_dayOfWeek);
    m_form->addRow(tr("Day of the month:"), m_dayOfMonth);
    m_form->addRow(QString(), m_dayOfMonthError);
    m_form->addRow(QString(), m_monthlyNote);
    m_form->addRow(tr("Every (hours):"), m_hours);
    m_form->addRow(QString(), m_hoursError);
    m_form->addRow(tr("Time:"), m_time);
    m_form->addRow(QString(), m_timeNote);
}

ScheduleFrequency ScheduleDialog::frequency() const
{
    return ScheduleFrequency(m_frequency->currentData().toInt());
}

void ScheduleDialog::showFrequency(int)
{
    const ScheduleFrequency chosen = frequency();
    m_form->setRowVisible(m_dayOfWeek, chosen == ScheduleFrequency::Weekly);
    for (QWidget *row :
         std::initializer_list<QWidget *> { m_dayOfMonth, m_dayOfMonthError, m_monthlyNote })
        m_form->setRowVisible(row, chosen == ScheduleFrequency::Monthly);
    for (QWidget *row : std::initializer_list<QWidget *> { m_hours, m_hoursError })
        m_form->setRowVisible(row, chosen == ScheduleFrequency::EveryNHours);
    refresh();
}

Result<int> ScheduleDialog::dayOfMonth() const
{
    const Result<int> day
        = parseWholeNumber(m_dayOfMonth->text(), tr("Type the day of the month, from 1 to 31."));
    return day ? Schedule::checkDayOfMonth(*day) : day;
}

Result<int> ScheduleDialog::intervalHours() const
{
    const Result<int> hours
        = parseWholeNumber(m_hours->text(),
                           tr("Type how many hours pass between queries, from %1 to %2.")
                               .arg(QString::number(Schedule::minIntervalHours),
                                    QString::number(Schedule::maxIntervalHours)));
    return hours ? Schedule::checkIntervalHours(*hours) : hours;
}

Schedule ScheduleDialog::schedule() const
{
    Schedule edited = m_initial;
    edited.enabled = m_enabled->isChecked();
    edited.frequency = frequency();
    edited.dayOfWeek = Qt::DayOfWeek(m_dayOfWeek->currentData().toInt());
    // A field that does not hold a valid value keeps the one the dialog opened with; the Save
    // button is off while the field shown holds such a value.
    if (const Result<int> day = dayOfMonth())
        edited.dayOfMonth = *day;
    if (const Result<int> hours = intervalHours())
        edited.intervalHours = *hours;
    const QTime time = m_time->time();
    edited.timeOfDay = QTime(time.hour(), time.minute());
    if (edited != m_initial || !edited.effectiveFrom.isValid())
        edited.effectiveFrom = Clock::instance().now().toUTC();
    return edited;
}

void ScheduleDialog::refresh()
{
    m_fields->setEnabled(m_enabled->isChecked());
    const ScheduleFrequency chosen = frequency();
    const Result<int> day = dayOfMonth();
    const Result<int> hours = intervalHours();
    m_dayOfMonthError->setText(day.error());
    m_hoursError->setText(hours.error());
    bool acceptable = true;
    if (chosen == ScheduleFrequency::Monthly)
        acceptable = day.ok();
    if (chosen == ScheduleFrequency::EveryNHours)
        acceptable = hours.ok();

    const QLocale locale;
    const QString time = locale.toString(m_time->time(), QLocale::ShortFormat);
    // The manual's months differ in length; say what happens to day 29, 30 or 31.
    m_monthlyNote->setText(day && *day > 28
                               ? tr("In a month without day %1, the query runs on the month's "
                                    "last day.")
                                     .arg(*day)
                               : QString());
    m_timeNote->setText(
        chosen == ScheduleFrequency::EveryNHours && hours
            ? tr("The query runs at %1 and every %n hour(s) before and after it.", nullptr, *hours)
                  .arg(time)
            : QString());

    const Schedule edited = schedule();
    if (!edited.enabled) {
        m_nextRun->setText(tr("The scheduled query is off."));
    } else if (!acceptable) {
        m_nextRun->setText(QString());
    } else {
        const QDateTime next
            = nextRunAfter(edited, Clock::instance().now()).toTimeZone(QTimeZone::systemTimeZone());
        m_nextRun->setText(tr("Next query: %1 at %2")
                               .arg(locale.toString(next.date(), QLocale::LongFormat),
                                    locale.toString(next.time(), QLocale::ShortFormat)));
    }
    m_save->setEnabled(acceptable);
}

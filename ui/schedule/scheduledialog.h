#pragma once

#include "schedule/schedule.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimeEdit;
class QWidget;

// The manual's Scheduled Query settings (reference 000: Settings, "Enable scheduled query",
// "Specify the schedule", Save): on or off, daily, weekly, monthly or every N hours, and the
// time. Invalid input is refused at the field with the reason, and the next run is shown as the
// administrator edits. The dialog only edits: the console stores the schedule and hands it to
// the Scheduler.
class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScheduleDialog(const Schedule &schedule, QWidget *parent = nullptr);

    // The schedule as edited. Its effectiveFrom is the time of the edit when anything changed
    // (so times already past are not run as missed), and the original one otherwise.
    Schedule schedule() const;

private:
    void buildFields();
    void showFrequency(int index);
    void refresh();
    // The number typed in the field, or the reason it is not one the schedule can take.
    Result<int> dayOfMonth() const;
    Result<int> intervalHours() const;
    ScheduleFrequency frequency() const;

    Schedule m_initial;
    QCheckBox *m_enabled;
    QWidget *m_fields;
    QFormLayout *m_form;
    QComboBox *m_frequency;
    QComboBox *m_dayOfWeek;
    QLineEdit *m_dayOfMonth;
    QLabel *m_dayOfMonthError;
    QLabel *m_monthlyNote;
    QLineEdit *m_hours;
    QLabel *m_hoursError;
    QTimeEdit *m_time;
    QLabel *m_timeNote;
    QLabel *m_nextRun;
    QPushButton *m_save = nullptr;
};

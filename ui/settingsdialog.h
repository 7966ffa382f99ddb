#pragma once
// Settings: runs folder, chart refresh rate, OpenGL charts.

#include "ui/uisettings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;

namespace plateau {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const UiSettings &settings, QWidget *parent = nullptr);
    UiSettings settings() const;

private:
    QLineEdit *m_runsDir = nullptr;
    QDoubleSpinBox *m_refresh = nullptr;
    QCheckBox *m_openGl = nullptr;
};

} // namespace plateau

#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace plateau {

SettingsDialog::SettingsDialog(const UiSettings &settings, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    auto *folderRow = new QHBoxLayout;
    m_runsDir = new QLineEdit(settings.runsDir, this);
    m_runsDir->setObjectName(QStringLiteral("runsDir"));
    m_runsDir->setMinimumWidth(360);
    m_runsDir->setClearButtonEnabled(true);
    // Empty is a choice of its own: the folder follows the working directory, as `plateau run` does.
    const QString automatic = QDir::toNativeSeparators(UiSettings{}.effectiveRunsDir());
    m_runsDir->setPlaceholderText(tr("Automatic: %1").arg(automatic));
    auto *browse = new QPushButton(tr("Browse…"), this);
    folderRow->addWidget(m_runsDir, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Runs folder:"), folderRow);
    auto *folderHint = new QLabel(
        tr("Leave empty to use the runs folder of the folder Plateau was started in, where plateau run "
           "writes its runs, when there is one; otherwise %1. History lists the runs of this folder, "
           "whichever front end wrote them.")
            .arg(QDir::toNativeSeparators(UiSettings::documentsRunsDir())),
        this);
    folderHint->setWordWrap(true);
    folderHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), folderHint);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Runs folder"), m_runsDir->text());
        if (!dir.isEmpty())
            m_runsDir->setText(dir);
    });

    m_refresh = new QDoubleSpinBox(this);
    m_refresh->setRange(0.5, 20);
    m_refresh->setDecimals(1);
    m_refresh->setSuffix(tr(" per second"));
    m_refresh->setValue(settings.chartRefreshHz);
    m_refresh->setToolTip(tr("How often the live charts redraw during a run"));
    form->addRow(tr("Chart refresh:"), m_refresh);

    m_openGl = new QCheckBox(tr("Draw chart lines with OpenGL"), this);
    m_openGl->setChecked(settings.openGlCharts);
    m_openGl->setToolTip(tr("Faster with very many points; solid lines only, and some platforms cannot take "
                            "screenshots of OpenGL charts. Off by default."));
    form->addRow(QString(), m_openGl);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

UiSettings SettingsDialog::settings() const
{
    UiSettings s;
    s.runsDir = m_runsDir->text().trimmed(); // empty: automatic
    s.chartRefreshHz = m_refresh->value();
    s.openGlCharts = m_openGl->isChecked();
    return s;
}

} // namespace plateau

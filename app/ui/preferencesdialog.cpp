// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "location/positionsourcesetting.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace twinatlas {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent),
      m_systemSource(new QRadioButton(tr("The system's location service"), this)),
      m_nmeaSource(new QRadioButton(tr("An NMEA source:"), this)),
      m_nmeaPath(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    m_systemSource->setObjectName(QStringLiteral("systemSource"));
    m_nmeaSource->setObjectName(QStringLiteral("nmeaSource"));
    m_nmeaPath->setObjectName(QStringLiteral("nmeaPath"));
    m_nmeaPath->setPlaceholderText(tr("/dev/ttyACM0 or a log file"));
    m_nmeaPath->setClearButtonEnabled(true);

    auto *location = new QGroupBox(tr("Location"), this);
    auto *intro = new QLabel(tr("Where Go ▸ My location finds your position."), location);
    intro->setWordWrap(true);
    auto *hint = new QLabel(tr("A GPS receiver's serial device is read live; of a log file of "
                               "NMEA sentences, the last valid fix is used."),
                            location);
    hint->setWordWrap(true);
    hint->setEnabled(false); // greyed, as a hint is
    auto *grid = new QGridLayout(location);
    grid->addWidget(intro, 0, 0, 1, 3);
    grid->addWidget(m_systemSource, 1, 0, 1, 3);
    grid->addWidget(m_nmeaSource, 2, 0);
    grid->addWidget(m_nmeaPath, 2, 1);
    grid->addWidget(m_browse, 2, 2);
    grid->addWidget(hint, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(location);
    layout->addStretch();
    layout->addWidget(m_buttons);

    const QString source = PositionSourceSetting::nmeaSource();
    m_nmeaPath->setText(source);
    (source.isEmpty() ? m_systemSource : m_nmeaSource)->setChecked(true);

    connect(m_systemSource, &QRadioButton::toggled, this, &PreferencesDialog::updateState);
    connect(m_nmeaPath, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &PreferencesDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    updateState();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void PreferencesDialog::accept()
{
    PositionSourceSetting::setNmeaSource(m_nmeaSource->isChecked() ? m_nmeaPath->text()
                                                                   : QString());
    QDialog::accept();
}

void PreferencesDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("NMEA source"), m_nmeaPath->text(),
            tr("NMEA logs (*.nmea *.nma *.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_nmeaPath->setText(path);
    m_nmeaSource->setChecked(true);
}

void PreferencesDialog::updateState()
{
    const bool nmea = m_nmeaSource->isChecked();
    m_nmeaPath->setEnabled(nmea);
    m_browse->setEnabled(nmea);
    // An NMEA source without a name would quietly mean the system's: say it instead.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!nmea || !m_nmeaPath->text().trimmed().isEmpty());
}

} // namespace twinatlas

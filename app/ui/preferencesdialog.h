// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace twinatlas {

/**
 * File ▸ Preferences: the settings that outlive a session, one group box each in a single
 * column. Language: the system's or one of the translations, applied at the next start.
 * Location: where Go ▸ My location asks, the system's position service or an NMEA source (a
 * GPS receiver's serial device, or a log file whose last fix is used). Wikidata: the SPARQL
 * endpoint asked, and the weekly look for changes at start (off unless turned on). OK writes
 * the settings, Cancel leaves them as they were.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void browse();
    void updateState();

    QComboBox *m_language;
    QRadioButton *m_systemSource;
    QRadioButton *m_nmeaSource;
    QLineEdit *m_nmeaPath;
    QPushButton *m_browse;
    QLineEdit *m_endpoint;
    QCheckBox *m_weeklyCheck;
    QDialogButtonBox *m_buttons;
};

} // namespace twinatlas

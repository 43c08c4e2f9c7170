// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamsettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;

namespace twinatlas {

/**
 * File ▸ Connect to a team atlas…: the server (host, port, database, user, password), whether
 * the connection is encrypted with the server's certificate checked, and how often to sync.
 * The password goes to the desktop's keyring, never to the settings.
 */
class TeamConnectDialog : public QDialog
{
    Q_OBJECT

public:
    TeamConnectDialog(const TeamSettings &settings, QWidget *parent = nullptr);

    TeamSettings settings() const;
    QString password() const;
    bool keepPassword() const;
    void setPassword(const QString &password);
    /** A line above the fields: why the dialog is asked again (a refused password, say). */
    void setMessage(const QString &message);

private:
    void chooseCertificate();
    void updateState();

    QLabel *m_message;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_keepPassword;
    QCheckBox *m_tls;
    QLineEdit *m_certificate;
    QSpinBox *m_interval;
    QCheckBox *m_atStart;
    QDialogButtonBox *m_buttons;
};

} // namespace twinatlas

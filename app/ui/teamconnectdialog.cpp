// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamconnectdialog.h"

#include "formproblems.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace twinatlas {

TeamConnectDialog::TeamConnectDialog(const TeamSettings &settings, QWidget *parent)
    : QDialog(parent),
      m_message(FormProblems::makeMessageLabel(this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_keepPassword(new QCheckBox(tr("Keep the password in the desktop's keyring"), this)),
      m_tls(new QCheckBox(tr("Encrypt the connection and verify the server's certificate"), this)),
      m_certificate(new QLineEdit(this)),
      m_interval(new QSpinBox(this)),
      m_atStart(new QCheckBox(tr("Sync when Twinatlas starts"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("teamConnectDialog"));
    setWindowTitle(tr("Connect to a Team Atlas"));
    auto *intro = new QLabel(tr("Several people keep one atlas together on a PostgreSQL server. "
                                "This atlas stays your working copy; a sync sends your changes "
                                "and brings the others'."),
                             this);
    intro->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("teamConnectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);

    const TeamServerAddress &a = settings.address;
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_host->setText(a.host);
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /run/postgresql"));
    m_port->setRange(1, 65535);
    m_port->setValue(a.port);
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_database->setText(a.database.isEmpty() ? QStringLiteral("twinatlas") : a.database);
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_user->setText(a.user);
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keepPassword->setChecked(true);
    m_tls->setObjectName(QStringLiteral("teamTls"));
    m_tls->setChecked(a.isSocket() || a.host.isEmpty() || a.verifiesServer());
    m_certificate->setObjectName(QStringLiteral("teamCertificate"));
    m_certificate->setText(a.certificate);
    m_certificate->setPlaceholderText(tr("The system's default (~/.postgresql/root.crt)"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &TeamConnectDialog::chooseCertificate);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(choose);
    m_interval->setObjectName(QStringLiteral("teamInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only when asked"));
    m_interval->setValue(settings.intervalMinutes);
    m_atStart->setChecked(settings.syncAtStart);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_keepPassword);
    form->addRow(QString(), m_tls);
    // A row of two widgets has no buddy of its own: the label names the field.
    auto *certificateLabel = new QLabel(tr("&Certificate:"), this);
    certificateLabel->setBuddy(m_certificate);
    form->addRow(certificateLabel, certificateRow);
    form->addRow(tr("Sync &every:"), m_interval);
    form->addRow(QString(), m_atStart);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect and Sync"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamConnectDialog::updateState);
    connect(m_tls, &QCheckBox::toggled, this, &TeamConnectDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateState();
    (a.user.isEmpty() ? (a.host.isEmpty() ? m_host : m_user) : m_password)->setFocus();
}

void TeamConnectDialog::chooseCertificate()
{
    const QString file = QFileDialog::getOpenFileName(
            this, tr("The Server's Certificate"), m_certificate->text(),
            tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_certificate->setText(file);
}

void TeamConnectDialog::updateState()
{
    const bool socket = m_host->text().trimmed().startsWith(QLatin1Char('/'));
    // Over a socket the connection never leaves the machine: nothing to encrypt.
    m_tls->setEnabled(!socket);
    m_port->setEnabled(true);
    m_certificate->setEnabled(!socket && m_tls->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                         && !m_user->text().trimmed().isEmpty());
}

TeamSettings TeamConnectDialog::settings() const
{
    TeamSettings s;
    s.address.host = m_host->text().trimmed();
    s.address.port = m_port->value();
    s.address.database = m_database->text().trimmed();
    s.address.user = m_user->text().trimmed();
    if (s.address.isSocket())
        s.address.sslMode = QStringLiteral("disable");
    else
        s.address.sslMode = m_tls->isChecked() ? QStringLiteral("verify-full") : QStringLiteral("disable");
    if (!s.address.isSocket() && m_tls->isChecked())
        s.address.certificate = m_certificate->text().trimmed();
    s.intervalMinutes = m_interval->value();
    s.syncAtStart = m_atStart->isChecked();
    return s;
}

QString TeamConnectDialog::password() const
{
    return m_password->text();
}

bool TeamConnectDialog::keepPassword() const
{
    return m_keepPassword->isChecked();
}

void TeamConnectDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void TeamConnectDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace twinatlas

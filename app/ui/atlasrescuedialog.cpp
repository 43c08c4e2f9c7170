// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasrescuedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace twinatlas {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    // File names and SQLite's words are text, never markup.
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AtlasRescueDialog::AtlasRescueDialog(const QString &path, const QString &cause,
                                     const QVector<AtlasBackupFile> &backups, bool canStartAgain,
                                     QWidget *parent)
    : QDialog(parent),
      m_backupFiles(backups),
      m_chooseFile([](QWidget *owner) {
          return QFileDialog::getOpenFileName(owner, tr("Open an atlas"), QDir::homePath(),
                                              tr("Atlas files (*.sqlite);;All files (*)"));
      })
{
    setObjectName(QStringLiteral("atlasRescueDialog"));
    setWindowTitle(tr("Cannot open the atlas"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *texts = new QVBoxLayout;
    auto *heading = new QLabel(canStartAgain ? tr("Your atlas cannot be opened.")
                                             : tr("The atlas cannot be opened."),
                               this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    texts->addWidget(heading);
    m_cause = plainLabel(cause, this);
    m_cause->setObjectName(QStringLiteral("cause"));
    texts->addWidget(m_cause);
    m_lastError = plainLabel(QString(), this);
    m_lastError->setObjectName(QStringLiteral("lastAttemptError"));
    m_lastError->hide();
    texts->addWidget(m_lastError);
    texts->addWidget(plainLabel(tr("Nothing has been changed or deleted. How do you want to go on?"), this));
    top->addLayout(texts, 1);
    layout->addLayout(top);

    auto *restoreBox = new QGroupBox(tr("Restore a backup"), this);
    auto *restoreLayout = new QVBoxLayout(restoreBox);
    m_backups = new QListWidget(restoreBox);
    m_backups->setObjectName(QStringLiteral("backups"));
    for (const AtlasBackupFile &backup : backups) {
        auto *item = new QListWidgetItem(describe(backup), m_backups);
        item->setToolTip(QDir::toNativeSeparators(backup.path));
    }
    m_restore = new QPushButton(tr("&Restore this backup"), restoreBox);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    if (backups.isEmpty()) {
        m_backups->hide();
        restoreLayout->addWidget(plainLabel(tr("There are no backups of this atlas."), restoreBox));
        m_restore->setEnabled(false);
    } else {
        m_backups->setCurrentRow(0);
        m_backups->setMaximumHeight(m_backups->sizeHintForRow(0) * 5 + 2 * m_backups->frameWidth());
        restoreLayout->addWidget(m_backups);
    }
    restoreLayout->addWidget(m_restore, 0, Qt::AlignRight);
    layout->addWidget(restoreBox);

    m_startAgain = new QPushButton(tr("&Start again from the bundled atlas"), this);
    m_startAgain->setObjectName(QStringLiteral("startAgain"));
    if (canStartAgain) {
        auto *again = new QGroupBox(tr("Start again"), this);
        auto *againLayout = new QVBoxLayout(again);
        againLayout->addWidget(plainLabel(
                tr("A new copy of the atlas that came with Twinatlas. The file that failed is kept "
                   "beside it as %1.broken-DATE, with your changes in it.")
                        .arg(QFileInfo(path).fileName()),
                again));
        m_startAgain->setParent(again);
        againLayout->addWidget(m_startAgain, 0, Qt::AlignRight);
        layout->addWidget(again);
    } else {
        m_startAgain->hide();
    }

    auto *buttons = new QHBoxLayout;
    m_openAnother = new QPushButton(tr("&Open another file…"), this);
    m_openAnother->setObjectName(QStringLiteral("openAnother"));
    m_quit = new QPushButton(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quit"));
    buttons->addWidget(m_openAnother);
    buttons->addStretch(1);
    buttons->addWidget(m_quit);
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, [this] { finish(Choice::RestoreBackup); });
    connect(m_backups, &QListWidget::itemDoubleClicked, this, [this] { finish(Choice::RestoreBackup); });
    connect(m_startAgain, &QPushButton::clicked, this, [this] { finish(Choice::StartAgain); });
    connect(m_quit, &QPushButton::clicked, this, [this] { finish(Choice::Quit); });
    connect(m_openAnother, &QPushButton::clicked, this, [this] {
        const QString file = m_chooseFile(this);
        if (file.isEmpty())
            return;
        m_file = file;
        finish(Choice::OpenAnother);
    });
    (backups.isEmpty() ? (canStartAgain ? m_startAgain : m_openAnother) : m_restore)->setDefault(true);
    // Wide enough for a backup's line and a path without a scroll bar.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

QString AtlasRescueDialog::describe(const AtlasBackupFile &backup)
{
    const QDateTime local = backup.made.toLocalTime();
    const QString when = tr("%1, %2", "a backup's date, time")
                                 .arg(QLocale().toString(local.date(), QLocale::LongFormat),
                                      QLocale().toString(local.time(), QLocale::ShortFormat));
    QString why;
    if (backup.reason == QLatin1String("manual"))
        why = tr("saved by you");
    else if (backup.reason == QLatin1String("before-restore"))
        why = tr("kept before a restore");
    else if (backup.reason.startsWith(QLatin1String("before-")))
        why = tr("kept before the update to the data of %1").arg(backup.reason.mid(7));
    else if (backup.reason.startsWith(QLatin1String("schema-")))
        why = tr("kept before its format was upgraded");
    else
        why = QFileInfo(backup.path).fileName();
    return tr("%1 (%2)").arg(when, why);
}

QString AtlasRescueDialog::chosenBackup() const
{
    const int row = m_backups->currentRow();
    return row >= 0 && row < m_backupFiles.size() ? m_backupFiles.at(row).path : QString();
}

void AtlasRescueDialog::setLastAttemptError(const QString &error)
{
    m_lastError->setText(error);
    m_lastError->setVisible(!error.isEmpty());
}

QString AtlasRescueDialog::causeText() const
{
    return m_cause->text() + (m_lastError->text().isEmpty() ? QString() : QLatin1Char('\n') + m_lastError->text());
}

void AtlasRescueDialog::finish(Choice choice)
{
    if (choice == Choice::RestoreBackup && chosenBackup().isEmpty())
        return;
    m_choice = choice;
    if (choice == Choice::Quit)
        reject();
    else
        accept();
}

} // namespace twinatlas

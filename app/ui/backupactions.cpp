// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupactions.h"

#include "atlasedits.h"
#include "db/atlasbackup.h"
#include "db/atlasdatabase.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace twinatlas {

BackupActions::BackupActions(AtlasDatabase &atlas, AtlasEdits *edits, QWidget *window)
    : QObject(window),
      m_atlas(atlas),
      m_edits(edits),
      m_window(window),
      m_confirm([window](const QString &title, const QString &text) {
          QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, window);
          box.addButton(tr("Restore"), QMessageBox::DestructiveRole);
          box.setDefaultButton(QMessageBox::Cancel);
          return box.exec() != QMessageBox::Cancel;
      }),
      m_backup(new QAction(tr("&Back up atlas…"), this)),
      m_restore(new QAction(tr("&Restore from backup…"), this))
{
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_backup->setToolTip(tr("Save a copy of the atlas with all your changes"));
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setToolTip(tr("Replace the atlas with a copy saved earlier"));
    connect(m_backup, &QAction::triggered, this, &BackupActions::backup);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);
}

void BackupActions::setReadOnly(bool readOnly)
{
    // A read-only atlas can be copied but not replaced.
    m_restore->setEnabled(!readOnly);
}

QString BackupActions::backupFolder() const
{
    const QString folder = AtlasBackup::backupFolder(m_atlas.path());
    QDir().mkpath(folder);
    return folder;
}

bool BackupActions::backupTo(const QString &path, QString *error)
{
    return AtlasBackup::backup(m_atlas, path, error);
}

bool BackupActions::restoreFrom(const QString &path, QString *safetyCopy, QString *error)
{
    if (!AtlasBackup::restore(m_atlas, path, safetyCopy, error))
        return false;
    m_edits->clearHistory();
    emit restored();
    return true;
}

void BackupActions::backup()
{
    const QString suggested
            = AtlasBackup::timestampedPath(backupFolder(), QStringLiteral("manual"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back up atlas"), suggested,
                                                      tr("Atlas files (*.sqlite)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!backupTo(path, &error))
        QMessageBox::warning(m_window, tr("Cannot back up the atlas"), error);
}

void BackupActions::restore()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Restore from backup"),
                                                      backupFolder(), tr("Atlas files (*.sqlite)"));
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QString text = tr("Replace the atlas with the backup “%1” of %2? Everything changed "
                            "since then is replaced, and the undo history is cleared. A copy of "
                            "the atlas as it is now is kept first.")
                                 .arg(info.fileName(),
                                      QLocale().toString(info.lastModified(), QLocale::LongFormat));
    if (!m_confirm(tr("Restore from backup"), text))
        return;
    QString safety;
    QString error;
    if (!restoreFrom(path, &safety, &error)) {
        QMessageBox::warning(m_window, tr("Cannot restore the atlas"), error);
        return;
    }
    QMessageBox::information(m_window, tr("Atlas restored"),
                             tr("The atlas is as it was in the backup. The atlas as it was before "
                                "is kept in %1.")
                                     .arg(QDir::toNativeSeparators(safety)));
}

} // namespace twinatlas

// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupatlas.h"

#include "db/atlasdatabase.h"
#include "db/atlasrescue.h"

#include <QDir>
#include <QFile>

namespace twinatlas {

bool StartupAtlas::takeWayOut(const AtlasRescueDialog &dialog, Options &options, QString *error)
{
    QString broken;
    switch (dialog.choice()) {
    case AtlasRescueDialog::Choice::Quit:
        return false;
    case AtlasRescueDialog::Choice::OpenAnother:
        options.path = dialog.chosenFile();
        options.userAtlas = false;
        m_note.clear();
        return true;
    case AtlasRescueDialog::Choice::RestoreBackup:
        if (!AtlasRescue::restoreBackup(dialog.chosenBackup(), options.path, &broken, error))
            return true;
        m_note = tr("Your atlas was restored from the backup %1. The file that could not be opened "
                    "is kept as %2.")
                         .arg(QDir::toNativeSeparators(dialog.chosenBackup()),
                              QDir::toNativeSeparators(broken));
        return true;
    case AtlasRescueDialog::Choice::StartAgain:
        if (!AtlasRescue::startAgain(options.bundledPath, options.path, &broken, error))
            return true;
        m_note = tr("Your atlas was started again from the bundled atlas. The file that could not be "
                    "opened, with your changes, is kept as %1.")
                         .arg(QDir::toNativeSeparators(broken));
        return true;
    }
    return false;
}

bool StartupAtlas::open(AtlasDatabase &atlas, Options options, QWidget *parent)
{
    m_note.clear();
    QString lastError;
    QString problem = options.problem;
    for (;;) {
        if (problem.isEmpty() && options.userAtlas && options.upgrade)
            options.upgrade();
        if (problem.isEmpty() && atlas.openForEditing(options.path)) {
            m_path = options.path;
            // Only while this program holds the atlas: another one may be writing a copy now.
            if (atlas.holdsInstanceLock()) {
                AtlasRescue::removePartialCopies(options.path);
                QFile::remove(options.path + QStringLiteral(".restoring"));
            }
            return true;
        }
        AtlasRescueDialog dialog(QDir::toNativeSeparators(options.path),
                                 problem.isEmpty() ? atlas.errorString() : problem,
                                 AtlasRescue::backups(options.path), options.userAtlas, parent);
        problem.clear();
        dialog.setLastAttemptError(lastError);
        if (m_hook)
            m_hook(dialog);
        dialog.exec();
        lastError.clear();
        if (!takeWayOut(dialog, options, &lastError))
            return false;
    }
}

} // namespace twinatlas

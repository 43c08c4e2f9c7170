// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasrescue.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace twinatlas {

/**
 * The one dialog shown when the atlas cannot be opened: which file, and why, and the ways on:
 * restore one of its backups (listed with their dates), start again from the bundled atlas
 * (the file that failed is kept beside it), open another file, or quit. It only asks;
 * StartupAtlas does what was chosen.
 */
class AtlasRescueDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Quit, RestoreBackup, StartAgain, OpenAnother };
    using FileChooser = std::function<QString(QWidget *parent)>;

    /** canStartAgain: the user's own atlas, which the bundled one can replace. */
    AtlasRescueDialog(const QString &path, const QString &cause,
                      const QVector<AtlasBackupFile> &backups, bool canStartAgain,
                      QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    /** For RestoreBackup: the backup chosen. */
    QString chosenBackup() const;
    /** For OpenAnother: the file chosen. */
    QString chosenFile() const { return m_file; }

    /** Says why the last way out failed, above the choices. */
    void setLastAttemptError(const QString &error);
    /** Replaces the file dialog of "Open another file…" (tests). */
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    /** What the dialog says about the file, as plain text (tests). */
    QString causeText() const;
    QListWidget *backupList() const { return m_backups; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *startAgainButton() const { return m_startAgain; }
    QPushButton *openAnotherButton() const { return m_openAnother; }
    QPushButton *quitButton() const { return m_quit; }

    /** A backup's line in the list: its date and why it was made. */
    static QString describe(const AtlasBackupFile &backup);

private:
    void finish(Choice choice);

    Choice m_choice = Choice::Quit;
    QString m_file;
    QVector<AtlasBackupFile> m_backupFiles;
    FileChooser m_chooseFile;
    QLabel *m_cause;
    QLabel *m_lastError;
    QListWidget *m_backups;
    QPushButton *m_restore;
    QPushButton *m_startAgain;
    QPushButton *m_openAnother;
    QPushButton *m_quit;
};

} // namespace twinatlas

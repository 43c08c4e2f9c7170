// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace twinatlas {

class AtlasDatabase;
class AtlasEdits;

/**
 * File → Back up atlas… and Restore from backup… (AtlasBackup). A restore replaces everything
 * under the open connection, after the user confirms it and with a copy of the atlas as it was
 * kept first; the undo history no longer fits the data and is cleared, and restored() tells
 * the window to read everything again.
 */
class BackupActions : public QObject
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(const QString &title, const QString &text)>;

    BackupActions(AtlasDatabase &atlas, AtlasEdits *edits, QWidget *window);

    QAction *backupAction() const { return m_backup; }
    QAction *restoreAction() const { return m_restore; }
    void setReadOnly(bool readOnly);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /** Writes a backup to path; false with error set on failure. */
    bool backupTo(const QString &path, QString *error);
    /** Replaces the atlas with the backup at path, without asking (restore() asks first). */
    bool restoreFrom(const QString &path, QString *safetyCopy, QString *error);

public slots:
    void backup();
    void restore();

signals:
    /** The atlas was replaced: every view must read it again. */
    void restored();

private:
    QString backupFolder() const;

    AtlasDatabase &m_atlas;
    AtlasEdits *m_edits;
    QWidget *m_window;
    Confirm m_confirm;
    QAction *m_backup;
    QAction *m_restore;
};

} // namespace twinatlas

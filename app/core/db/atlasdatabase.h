// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlfailure.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace twinatlas {

/**
 * An open atlas file. Opening checks, before SQLite may write anything, that the file exists,
 * can be read, is an atlas (SQLite header and application_id), is not newer than this program
 * and is not damaged; a refused file is left byte-identical. A sound atlas that cannot be
 * written (a read-only file, folder or disk, a full disk) is not called damaged: the cause is
 * named, and openForEditing() opens it read-only. Each AtlasDatabase owns one named Qt SQL
 * connection; a worker thread makes its own with openAnother().
 */
class AtlasDatabase
{
public:
    enum class Problem {
        None,
        Missing,
        Unreadable,
        NotAnAtlas,
        TooNew,
        Corrupt, ///< damaged: its pages are not a sound database
        NotWritable, ///< sound, but opened for writing where it cannot be written
        Failed,
    };
    enum class Mode { ReadWrite, ReadOnly };
    enum class Check { Quick, Full };

    AtlasDatabase();
    ~AtlasDatabase();
    AtlasDatabase(const AtlasDatabase &) = delete;
    AtlasDatabase &operator=(const AtlasDatabase &) = delete;

    /**
     * Opens an existing atlas; on failure see problem() and errorString(). Opened for writing,
     * a file not yet in WAL mode is switched to it, which writes its header: only after
     * SQLite's quick_check found it sound, whatever check asks for.
     */
    bool open(const QString &path, Mode mode = Mode::ReadWrite, Check check = Check::Quick);
    /**
     * Opens the user's atlas for editing. The instance lock (a QLockFile beside the atlas)
     * decides the mode: read-write while this program holds it; read-only, with
     * readOnlyReason() saying why, when another running Twinatlas holds it, so that two
     * windows never write one file. The lock of a crashed program is taken over. A sound atlas
     * that cannot be written (Problem::NotWritable) opens read-only too, saying why.
     */
    bool openForEditing(const QString &path, Check check = Check::Quick);
    /** Why an atlas opened with openForEditing() is read-only; empty when it is writable. */
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool holdsInstanceLock() const { return m_lock != nullptr; }
    /** Beside the file itself: links and other paths to one atlas share its lock. */
    static QString lockFilePath(const QString &atlasPath);

    /** Creates a new atlas file at path (which must not exist) with the current schema. */
    bool create(const QString &path);
    void close();

    /** A second connection to the same file, e.g. for a worker thread. */
    bool openAnother(AtlasDatabase &other, Mode mode) const;

    /** Runs SQLite's quick_check over the whole file; false with errorString() if damaged. */
    bool verifyIntegrity();
    /** Whether this open ran quick_check already (to switch to WAL, or Check::Full). */
    bool wasChecked() const { return m_checked; }
    /**
     * Read-only without SQLite's shared-memory file: a WAL atlas where the -shm file beside it
     * cannot be made (a read-only folder or disk, a full disk), read as an immutable file.
     */
    bool isImmutable() const { return m_immutable; }

    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    Problem problem() const { return m_problem; }
    QString errorString() const { return m_error; }
    int schemaVersion() const { return m_schemaVersion; }

    /** A value of the meta table (data_version, built_at, ...). */
    QString meta(const QString &key) const;

    /**
     * Puts a fresh copy of a sound atlas (the bundled one) in WAL mode, as opening it for
     * editing would after checking it: its first open need not read every page first.
     */
    static bool switchCopyToWal(const QString &copyPath, QString *error);

    /** Inspects a file's SQLite header without opening it with SQLite. */
    static Problem inspectHeader(const QString &path, int *userVersion, QString *error);

private:
    bool fail(Problem problem, const QString &message);
    bool failRead(const SqlFailure &failure);
    bool failWrite(const SqlFailure &failure);
    bool failNotWritable(const QString &why);
    bool openConnection(const QString &path, Mode mode, bool immutable = false);
    /** Reads the schema (and meta): false with m_probeFailure, or with a problem set. */
    bool probe(bool needsMeta);
    void configureConnection();
    bool useWriteAheadLog();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    Problem m_problem = Problem::None;
    QString m_error;
    int m_schemaVersion = 0;
    bool m_checked = false;
    bool m_immutable = false;
    SqlFailure m_probeFailure;
    QString m_notWritableReason;
    std::unique_ptr<QLockFile> m_lock;
    QString m_readOnlyReason;
};

} // namespace twinatlas

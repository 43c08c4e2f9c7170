// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace twinatlas {

/** The kinds of rows a team atlas shares, in the order their rows depend on each other. */
enum class TeamKind { Place, Source, Partnership, Event, PartnershipSource, EventSource, Checklist };

/** One shared column of a kind, apart from its key. */
struct TeamField
{
    enum class Type { Text, NullableText, Integer, NullableInteger, Real };

    QString name; ///< the column on the server
    Type type = Type::Text;
    /**
     * Bookkeeping (modified_at, data_version) rather than content: two desktops that both
     * touch a row change it, which is no conflict.
     */
    bool meta = false;
};

/**
 * What is shared of each kind and how the server stores it: the key columns (a uid, or the
 * two uids of a link or a checklist entry) and the other columns in a fixed order, which is
 * the order of TeamRecord::values. Rows refer to each other by uid, never by local id: each
 * desktop numbers its rows itself. The gazetteer is not shared: places only where the user
 * made them.
 */
class TeamKinds
{
public:
    static const QVector<TeamKind> &all();
    /** The kind's name in the server's audit and in the local bookkeeping: "partnership". */
    static QString name(TeamKind kind);
    static bool fromName(const QString &name, TeamKind *kind);
    static QString serverTable(TeamKind kind);
    static const QStringList &keyColumns(TeamKind kind);
    static const QVector<TeamField> &fields(TeamKind kind);
    static int fieldIndex(TeamKind kind, const QString &name);
    /** The field's name for the user ("Status"), for the conflicts dialog. */
    static QString fieldLabel(TeamKind kind, int field);
    /** "partnership", "event", ... for the user, in a sentence. */
    static QString kindLabel(TeamKind kind);

    /**
     * A column's value as a record holds it: NULL as a null QString (never for NOT NULL text),
     * numbers in their shortest exact form, so that the atlas and the server give equal text.
     */
    static QString valueText(TeamField::Type type, const QVariant &value);
    /** The value to bind for a column of the local atlas or the server. */
    static QVariant valueVariant(TeamField::Type type, const QString &text);

    /** A record's key from its key column values, and back. */
    static QString joinKey(const QStringList &parts);
    static QStringList splitKey(const QString &key);

    /**
     * The keys of other kinds a row refers to (an event's partnership, a link's two ends),
     * as kind and key, so that a parent is not removed under a child that needs it.
     */
    static QVector<std::pair<TeamKind, QString>> references(TeamKind kind, const QString &key,
                                                            const QStringList &values);
};

} // namespace twinatlas

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wikidatabatch.h"
#include "wikidatascope.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace twinatlas {

/**
 * Asks a SPARQL endpoint over Wikidata for the twinnings of a scope, one query (twinnings.rq)
 * per chunk, one after the other, as a good citizen of a shared service: a User-Agent naming
 * the program, its version and its home (Wikimedia's policy), HTTP 429 and 503 answered by
 * waiting as long as Retry-After says, other server errors by retrying after a growing pause.
 *
 * Every answer is checked whole (status, content type, size, JSON) before any of it is used;
 * a fault ends the fetch with a message naming the service and the chunk. Each finished chunk
 * is kept in the cache folder, so that a fetch cancelled or failed half-way, started again,
 * does not ask for those again. Nothing here touches an atlas.
 */
class WikidataFetch : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl endpoint = defaultEndpoint();
        QString language = QStringLiteral("en"); ///< labels in this language become names
        QString cacheDir;           ///< where finished chunks are kept; empty: nowhere
        int cacheHours = 24;        ///< how long a kept chunk is used for
        int timeoutMs = 120000;     ///< silence after which a request is given up
        int maxAttempts = 5;        ///< per chunk, counting the first
        int backoffMs = 5000;       ///< the first pause after a server error; doubles each time
        int maxWaitMs = 600000;     ///< a Retry-After longer than this ends the fetch
        qint64 maxAnswerBytes = qint64(64) << 20;
    };

    /** The Wikidata Query Service. */
    static QUrl defaultEndpoint();
    /** "Twinatlas/0.1.0 (https://…; …) Qt/6.4.2". */
    static QByteArray userAgent();

    explicit WikidataFetch(Options options, QObject *parent = nullptr);
    ~WikidataFetch() override;

    /** Starts asking for the chunks; finished() tells the end. */
    void start(const QVector<WikidataChunk> &chunks);
    /** Stops at once; finished(false) follows, with wasCancelled(). */
    void cancel();
    /** Runs an event loop until the fetch has ended (for the command line and tests). */
    bool waitForFinished();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    /** Everything the chunks' answers held, once finished(true). */
    const WikidataBatch &batch() const { return m_batch; }
    QString errorString() const { return m_error; }
    const Options &options() const { return m_options; }
    int chunkCount() const { return int(m_chunks.size()); }
    int requestCount() const { return m_requests; }
    int chunksFromCache() const { return m_fromCache; }
    /** Milliseconds each chunk took, from the request to its parsed answer (cached ones: 0). */
    const QVector<qint64> &chunkTimes() const { return m_chunkTimes; }
    /** Forgets the kept chunks of this fetch: once its result is written, they are spent. */
    void clearCache() const;

signals:
    void chunkStarted(int index, int count, const QString &title);
    /** statements: all distinct statements found so far. */
    void chunkFinished(int index, int count, int statements, bool fromCache);
    /** The fetch pauses, as the service asked or after an error, and says why. */
    void waiting(int seconds, const QString &reason);
    void finished(bool ok);

private:
    struct Parsed
    {
        bool ok = false;
        QString error;
        int statements = 0;
    };

    void next();
    void request();
    void replyFinished();
    void retry(int waitMs, const QString &reason);
    void parse(const QByteArray &answer, bool fromCache);
    void parsed();
    void fail(const QString &message);
    void finish(bool ok);
    QString queryFor(const WikidataChunk &chunk, QString *error) const;
    QString cachePath(const QString &query) const;
    QString host() const;

    Options m_options;
    QNetworkAccessManager *m_network;
    QTimer *m_wait;
    QVector<WikidataChunk> m_chunks;
    int m_index = -1;
    int m_attempt = 0;
    QString m_query;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_answer;
    bool m_tooLarge = false;
    QFutureWatcher<Parsed> m_parser;
    bool m_parsingCached = false;
    QElapsedTimer m_chunkClock;
    WikidataBatch m_batch;
    QStringList m_cacheFiles;
    QVector<qint64> m_chunkTimes;
    int m_requests = 0;
    int m_fromCache = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace twinatlas

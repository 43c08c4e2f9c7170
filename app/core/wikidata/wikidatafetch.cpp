// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikidatafetch.h"

#include "sparqlresults.h"
#include "sparqltemplate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace twinatlas {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("twinatlas::WikidataFetch", text, disambiguation, n);
}

/** What an error page says, in one line of plain text: its title, or its first line. */
QString excerpt(const QByteArray &body, const QString &contentType)
{
    QString text = QString::fromUtf8(body.left(4096));
    if (contentType.contains(QLatin1String("html"))) {
        static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                              QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = title.match(text);
        text = m.hasMatch() ? m.captured(1) : QString();
    }
    static const QRegularExpression space(QStringLiteral("[\\s\\x00-\\x1f]+"));
    text = text.section(u'\n', 0, 0).replace(space, QStringLiteral(" ")).trimmed();
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

/** Seconds from a Retry-After header (seconds or an HTTP date), or -1. */
qint64 retryAfterSeconds(const QByteArray &value)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value).trimmed(), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when));
}

/** The proxy requests to url go through, or NoProxy. */
QNetworkProxy proxyFor(const QUrl &url)
{
    const QNetworkProxy application = QNetworkProxy::applicationProxy();
    if (application.type() != QNetworkProxy::DefaultProxy && application.type() != QNetworkProxy::NoProxy)
        return application;
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
}

} // namespace

QUrl WikidataFetch::defaultEndpoint()
{
    return QUrl(QStringLiteral("https://query.wikidata.org/sparql"));
}

QByteArray WikidataFetch::userAgent()
{
    // Wikimedia's User-Agent policy: the program, its version, and how to reach its makers.
    return QByteArrayLiteral("Twinatlas/" TWINATLAS_VERSION " (" TWINATLAS_HOMEPAGE
                             "; a desktop atlas of twin towns) Qt/")
            + QByteArray(qVersion());
}

WikidataFetch::WikidataFetch(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_network(new QNetworkAccessManager(this)),
      m_wait(new QTimer(this))
{
    m_wait->setSingleShot(true);
    connect(m_wait, &QTimer::timeout, this, &WikidataFetch::request);
    connect(&m_parser, &QFutureWatcher<Parsed>::finished, this, &WikidataFetch::parsed);
}

WikidataFetch::~WikidataFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_parser.waitForFinished();
}

QString WikidataFetch::host() const
{
    return m_options.endpoint.host().isEmpty() ? m_options.endpoint.toString() : m_options.endpoint.host();
}

void WikidataFetch::start(const QVector<WikidataChunk> &chunks)
{
    if (m_running)
        return;
    m_chunks = chunks;
    m_index = -1;
    m_batch = WikidataBatch();
    m_error.clear();
    m_cancelled = false;
    m_requests = 0;
    m_fromCache = 0;
    m_chunkTimes.clear();
    m_cacheFiles.clear();
    m_running = true;
    const QUrl &url = m_options.endpoint;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // Queued, as every other end: the caller connects after start().
        QTimer::singleShot(0, this, [this] {
            fail(tr("“%1” is not the http or https address of a SPARQL endpoint.")
                         .arg(m_options.endpoint.toString()));
        });
        return;
    }
    QTimer::singleShot(0, this, &WikidataFetch::next);
}

QString WikidataFetch::queryFor(const WikidataChunk &chunk, QString *error) const
{
    SparqlTemplate query = SparqlTemplate::twinnings();
    if (query.isEmpty()) {
        *error = QStringLiteral("the query twinnings.rq is not compiled in");
        return {};
    }
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
    const QString language = languageCode.match(m_options.language).hasMatch() ? m_options.language
                                                                               : QStringLiteral("en");
    // One value per block: more would be standard, but rasqal (the tests' engine) misreads them.
    if (!query.setValues(QStringLiteral("key"), {SparqlTerm::literal(chunk.key)}, error)
        || !query.setValues(QStringLiteral("subjectLanguage"), {SparqlTerm::literal(language)}, error)
        || !query.setValues(QStringLiteral("objectLanguage"), {SparqlTerm::literal(language)}, error))
        return {};
    return query.text();
}

QString WikidataFetch::cachePath(const QString &query) const
{
    if (m_options.cacheDir.isEmpty())
        return {};
    const QByteArray key = m_options.endpoint.toEncoded() + '\n' + query.toUtf8();
    return QDir(m_options.cacheDir)
            .filePath(QStringLiteral("chunk-%1.json")
                              .arg(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex())));
}

void WikidataFetch::clearCache() const
{
    for (const QString &path : m_cacheFiles)
        QFile::remove(path);
}

void WikidataFetch::next()
{
    if (m_cancelled)
        return;
    ++m_index;
    if (m_index >= m_chunks.size()) {
        finish(true);
        return;
    }
    m_attempt = 0;
    const WikidataChunk &chunk = m_chunks.at(m_index);
    emit chunkStarted(m_index, int(m_chunks.size()), chunk.title);
    QString error;
    m_query = queryFor(chunk, &error);
    if (m_query.isEmpty()) {
        fail(error);
        return;
    }
    m_chunkClock.start();
    const QString cached = cachePath(m_query);
    if (!cached.isEmpty()) {
        const QFileInfo info(cached);
        if (info.exists() && info.lastModified().secsTo(QDateTime::currentDateTime()) < m_options.cacheHours * 3600) {
            QFile file(cached);
            if (file.open(QIODevice::ReadOnly)) {
                m_cacheFiles << cached;
                parse(file.readAll(), true);
                return;
            }
        }
    }
    request();
}

void WikidataFetch::request()
{
    if (m_cancelled)
        return;
    QNetworkRequest req(m_options.endpoint);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/sparql-results+json"));
    req.setTransferTimeout(m_options.timeoutMs);
    // POST: a query of any length, never cached half-way by a proxy; every byte of it encoded.
    const QByteArray body = QByteArrayLiteral("query=") + QUrl::toPercentEncoding(m_query);
    m_answer.clear();
    m_tooLarge = false;
    ++m_requests;
    m_reply = m_network->post(req, body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_options.maxAnswerBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_answer += m_reply->readAll();
        if (m_answer.size() > m_options.maxAnswerBytes && !m_tooLarge) {
            m_tooLarge = true;
            m_answer.clear();
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &WikidataFetch::replyFinished);
}

void WikidataFetch::replyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_cancelled)
        return;
    if (!m_tooLarge && reply->isOpen())
        m_answer += reply->readAll();
    const QString title = m_chunks.at(m_index).title;
    if (m_tooLarge || m_answer.size() > m_options.maxAnswerBytes) {
        m_answer.clear();
        fail(tr("The answer of %1 for %2 is larger than %3 MB; none of it is used.")
                     .arg(host(), title)
                     .arg(m_options.maxAnswerBytes >> 20));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
    const QNetworkReply::NetworkError error = reply->error();
    if (status == 0) {
        switch (error) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            retry(m_options.backoffMs << m_attempt,
                  tr("%1 did not answer for %n seconds", nullptr, m_options.timeoutMs / 1000).arg(host()));
            return;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TemporaryNetworkFailureError:
            retry(m_options.backoffMs << m_attempt,
                  tr("The connection to %1 broke off: %2").arg(host(), reply->errorString()));
            return;
        case QNetworkReply::HostNotFoundError:
            fail(tr("%1 could not be found: there is no network, or the address is wrong (%2).")
                         .arg(host(), reply->errorString()));
            return;
        default: {
            // Through a proxy, a refusal is the proxy's (Qt reports an HTTP proxy's refusal as
            // the connection's): say which, so that the user looks in the right place.
            const QNetworkProxy proxy = proxyFor(m_options.endpoint);
            if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy)
                fail(tr("The proxy %1 would not connect to %2: %3")
                             .arg(proxy.hostName() + u':' + QString::number(proxy.port()), host(), reply->errorString()));
            else
                fail(tr("%1 could not be reached: %2").arg(host(), reply->errorString()));
            return;
        }
        }
    }
    if (status == 429 || status == 503) {
        const qint64 asked = retryAfterSeconds(reply->rawHeader(QByteArrayLiteral("Retry-After")));
        if (asked * 1000 > m_options.maxWaitMs) {
            fail(tr("%1 is busy and asks to wait %n minutes; try again later.", nullptr, int((asked + 59) / 60))
                         .arg(host()));
            return;
        }
        const int waitMs = asked >= 0 ? int(asked * 1000) : m_options.backoffMs << m_attempt;
        retry(waitMs, status == 429 ? tr("%1 asks for a pause (too many requests)").arg(host())
                                    : tr("%1 is busy (service unavailable)").arg(host()));
        return;
    }
    const QString text = excerpt(m_answer, contentType);
    if (status >= 500) {
        retry(m_options.backoffMs << m_attempt,
              tr("%1 answered %2 %3 for %4: %5").arg(host()).arg(status).arg(reason, title, text));
        return;
    }
    if (status < 200 || status >= 300) {
        fail(tr("%1 answered %2 %3 for %4: %5").arg(host()).arg(status).arg(reason, title, text));
        return;
    }
    const QString mime = contentType.section(u';', 0, 0).trimmed();
    if (mime != QLatin1String("application/sparql-results+json") && mime != QLatin1String("application/json")) {
        fail(tr("%1 answered for %2 with %3, not with SPARQL results in JSON: %4")
                     .arg(host(), title, mime.isEmpty() ? tr("no content type") : mime, text));
        return;
    }
    parse(m_answer, false);
}

void WikidataFetch::retry(int waitMs, const QString &reason)
{
    ++m_attempt;
    if (m_attempt >= m_options.maxAttempts) {
        fail(tr("%1 (tried %n times).", nullptr, m_attempt).arg(reason));
        return;
    }
    emit waiting((waitMs + 999) / 1000, reason);
    m_wait->start(std::max(0, waitMs));
}

void WikidataFetch::parse(const QByteArray &answer, bool fromCache)
{
    m_parsingCached = fromCache;
    m_answer = answer;
    // Parsing an answer of tens of megabytes takes a while: not on the caller's thread.
    m_parser.setFuture(QtConcurrent::run([this, answer] {
        Parsed p;
        SparqlResults results;
        if (!results.read(answer)) {
            p.error = results.errorString();
            return p;
        }
        if (!m_batch.add(results)) {
            p.error = m_batch.errorString();
            return p;
        }
        p.ok = true;
        p.statements = int(m_batch.statements().size());
        return p;
    }));
}

void WikidataFetch::parsed()
{
    if (m_cancelled)
        return;
    const Parsed p = m_parser.result();
    const QString title = m_chunks.at(m_index).title;
    if (!p.ok) {
        if (m_parsingCached) {
            // A kept answer that no longer reads: asked for again.
            QFile::remove(cachePath(m_query));
            m_cacheFiles.removeAll(cachePath(m_query));
            request();
            return;
        }
        fail(tr("The answer of %1 for %2 is broken: %3").arg(host(), title, p.error));
        return;
    }
    if (m_parsingCached) {
        ++m_fromCache;
        m_chunkTimes << 0;
    } else {
        m_chunkTimes << m_chunkClock.elapsed();
        const QString path = cachePath(m_query);
        if (!path.isEmpty() && QDir().mkpath(m_options.cacheDir)) {
            // A chunk that cannot be kept is only fetched again if the fetch is interrupted.
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly) && file.write(m_answer) == m_answer.size() && file.commit())
                m_cacheFiles << path;
        }
    }
    m_answer.clear();
    emit chunkFinished(m_index, int(m_chunks.size()), p.statements, m_parsingCached);
    QTimer::singleShot(0, this, &WikidataFetch::next);
}

void WikidataFetch::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_wait->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_parser.waitForFinished();
    m_error = tr("The fetch was cancelled; nothing was changed.");
    finish(false);
}

void WikidataFetch::fail(const QString &message)
{
    if (!m_running)
        return;
    // A sentence, whatever the service's own text ended with: messages follow it.
    m_error = message;
    if (!m_error.endsWith(u'.') && !m_error.endsWith(u'…') && !m_error.endsWith(u'!') && !m_error.endsWith(u'?'))
        m_error += u'.';
    finish(false);
}

void WikidataFetch::finish(bool ok)
{
    m_running = false;
    if (!ok)
        m_batch = WikidataBatch();
    emit finished(ok);
}

bool WikidataFetch::waitForFinished()
{
    if (m_running) {
        QEventLoop loop;
        connect(this, &WikidataFetch::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !m_cancelled && m_error.isEmpty();
}

} // namespace twinatlas

// SPDX-License-Identifier: GPL-3.0-or-later
// A SPARQL endpoint for the tests, on 127.0.0.1: every query it receives (POST form or GET, as
// the SPARQL 1.1 protocol has it) is run by a real SPARQL engine, Debian's roqet, over a Turtle
// fixture in Wikidata's RDF model, and the W3C XML results roqet writes are answered in the
// W3C SPARQL 1.1 JSON results format, as public endpoints answer. --fault makes it answer as a
// broken or busy service would. It prints "port N" once listening, and "query KEYS agent UA" for
// each query (the values of its ?key block, its User-Agent), so that a test knows what was asked.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <unistd.h>

namespace {

struct Options
{
    QString data;
    QString fault = QStringLiteral("none");
    int delayMs = 0;
    QString roqet = QStringLiteral("roqet");
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/** W3C SPARQL XML results to the W3C SPARQL JSON results format; projected names the variables. */
QByteArray xmlToJson(const QByteArray &xml, const QStringList &projected, QString *error)
{
    QXmlStreamReader r(xml);
    QJsonArray vars, bindings;
    QJsonObject row;
    QString binding;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement()) {
            if (r.isEndElement() && r.name() == QLatin1String("result")) {
                bindings.append(row);
                row = {};
            }
            continue;
        }
        const auto name = r.name();
        if (name == QLatin1String("variable")) {
            vars.append(r.attributes().value(QLatin1String("name")).toString());
        } else if (name == QLatin1String("binding")) {
            binding = r.attributes().value(QLatin1String("name")).toString();
        } else if (name == QLatin1String("uri")) {
            row.insert(binding, QJsonObject{{"type", "uri"}, {"value", r.readElementText()}});
        } else if (name == QLatin1String("bnode")) {
            row.insert(binding, QJsonObject{{"type", "bnode"}, {"value", r.readElementText()}});
        } else if (name == QLatin1String("literal")) {
            QJsonObject term{{"type", "literal"}};
            const QString lang = r.attributes().value(QLatin1String("xml:lang")).toString();
            const QString datatype = r.attributes().value(QLatin1String("datatype")).toString();
            if (!lang.isEmpty())
                term.insert(QStringLiteral("xml:lang"), lang);
            if (!datatype.isEmpty())
                term.insert(QStringLiteral("datatype"), datatype);
            term.insert(QStringLiteral("value"), r.readElementText());
            row.insert(binding, term);
        }
    }
    if (r.hasError()) {
        *error = r.errorString();
        return {};
    }
    if (vars.isEmpty())
        vars = QJsonArray::fromStringList(projected);
    const QJsonObject doc{{"head", QJsonObject{{"vars", vars}}},
                          {"results", QJsonObject{{"bindings", bindings}}}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

QByteArray response(int status, const QByteArray &reason, const QByteArray &type, const QByteArray &body,
                    const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders
            + "Connection: close\r\n\r\n" + body;
}

class Server : public QObject
{
public:
    explicit Server(Options options) : m_options(std::move(options)) { }

    bool listen()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return false;
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        out() << "port " << m_server.serverPort() << Qt::endl;
        return true;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            static const QRegularExpression lengthHeader(QStringLiteral("(?im)^content-length:\\s*(\\d+)"));
            const QRegularExpressionMatch m = lengthHeader.match(QString::fromLatin1(head));
            const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
            if (buffer->size() < end + 4 + length)
                return;
            const QByteArray body = buffer->mid(end + 4, length);
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            QString query;
            if (requestLine.value(0) == "POST")
                query = QUrlQuery(QString::fromUtf8(body).replace(u'+', u' ')).queryItemValue(
                        QStringLiteral("query"), QUrl::FullyDecoded);
            else
                query = QUrlQuery(QUrl(QString::fromUtf8(requestLine.value(1))).query())
                                .queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
            static const QRegularExpression agentHeader(QStringLiteral("(?im)^user-agent:\\s*([^\\r\\n]*)"));
            answer(socket, query, agentHeader.match(QString::fromLatin1(head)).captured(1));
        });
    }

    void answer(QTcpSocket *socket, const QString &query, const QString &agent)
    {
        ++m_queries;
        static const QRegularExpression keyBlock(QStringLiteral("VALUES\\s+\\?key\\s*\\{([^}]*)\\}"));
        const QString keys = keyBlock.match(query).captured(1).simplified().remove(u'"');
        out() << "query " << keys << " agent " << agent << Qt::endl;
        if (m_options.delayMs > 0)
            QThread::msleep(m_options.delayMs);
        const QString &fault = m_options.fault;
        if (fault == QLatin1String("stall"))
            return; // the connection stays open, and silent
        if (fault == QLatin1String("429") || (fault == QLatin1String("429-once") && m_queries == 1)) {
            send(socket, response(429, "Too Many Requests", "text/plain", "Too many requests.\n",
                                  "Retry-After: 1\r\n"));
            return;
        }
        if (fault == QLatin1String("503-once") && m_queries == 1) {
            send(socket, response(503, "Service Unavailable", "text/plain", "Busy.\n", "Retry-After: 1\r\n"));
            return;
        }
        if (fault == QLatin1String("500")) {
            send(socket, response(500, "Internal Server Error", "text/plain",
                                  "java.lang.IllegalStateException: something broke\n"));
            return;
        }
        if (fault == QLatin1String("500-once") && m_queries == 1) {
            // As the Query Service answers a query it gave up on after 60 s.
            send(socket, response(500, "Internal Server Error", "text/plain",
                                  "java.util.concurrent.TimeoutException\n"));
            return;
        }
        if (fault == QLatin1String("html")) {
            send(socket, response(200, "OK", "text/html; charset=utf-8",
                                  "<!DOCTYPE html><html><head><title>Wi-Fi login required</title></head>"
                                  "<body><p>Please sign in.</p></body></html>"));
            return;
        }
        if (fault == QLatin1String("huge")) {
            streamHuge(socket);
            return;
        }
        QString error;
        const QByteArray json = run(query, &error);
        if (json.isEmpty()) {
            send(socket, response(400, "Bad Request", "text/plain", error.toUtf8()));
            return;
        }
        if (fault == QLatin1String("truncated")) {
            send(socket, response(200, "OK", "application/sparql-results+json", json.left(json.size() / 2)));
            return;
        }
        if (fault == QLatin1String("content-type")) {
            send(socket, response(200, "OK", "text/plain", json));
            return;
        }
        send(socket, response(200, "OK", "application/sparql-results+json; charset=utf-8", json));
    }

    QByteArray run(const QString &query, QString *error)
    {
        QTemporaryFile file;
        if (!file.open() || file.write(query.toUtf8()) < 0 || !file.flush()) {
            *error = QStringLiteral("cannot write the query");
            return {};
        }
        QProcess roqet;
        roqet.start(m_options.roqet, {QStringLiteral("-q"), QStringLiteral("-i"), QStringLiteral("sparql11"),
                                      QStringLiteral("-r"), QStringLiteral("xml"), QStringLiteral("-D"),
                                      m_options.data, file.fileName()});
        if (!roqet.waitForFinished(120000) || roqet.exitStatus() != QProcess::NormalExit || roqet.exitCode() != 0) {
            *error = QStringLiteral("roqet failed: ") + QString::fromUtf8(roqet.readAllStandardError());
            return {};
        }
        // roqet leaves the head empty when there are no results; endpoints name the variables.
        static const QRegularExpression projection(QStringLiteral("SELECT\\s+(.*?)\\s+WHERE"),
                                                   QRegularExpression::DotMatchesEverythingOption
                                                           | QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression variable(QStringLiteral("\\?(\\w+)"));
        QStringList variables;
        for (const QRegularExpressionMatch &m : variable.globalMatch(projection.match(query).captured(1)))
            variables << m.captured(1);
        return xmlToJson(roqet.readAllStandardOutput(), variables, error);
    }

    void send(QTcpSocket *socket, const QByteArray &bytes)
    {
        socket->write(bytes);
        socket->disconnectFromHost();
    }

    /** 200 MB of well-formed rows, written as fast as the client reads them. */
    void streamHuge(QTcpSocket *socket)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nConnection: close\r\n\r\n"
                      "{\"head\":{\"vars\":[\"statement\"]},\"results\":{\"bindings\":[");
        auto *sent = new qint64(0);
        const QByteArray rows = QByteArray("{},").repeated(64 * 1024);
        auto more = [socket, sent, rows] {
            constexpr qint64 total = qint64(200) << 20;
            while (socket->bytesToWrite() < 4 * rows.size() && *sent < total) {
                socket->write(rows);
                *sent += rows.size();
            }
            if (*sent >= total && socket->bytesToWrite() == 0) {
                socket->write("{}]}}");
                socket->disconnectFromHost();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        connect(socket, &QObject::destroyed, socket, [sent] { delete sent; });
        more();
    }

    Options m_options;
    QTcpServer m_server;
    int m_queries = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The Turtle fixture."), QStringLiteral("FILE"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("none, 429, 429-once, 503-once, 500, 500-once, html, "
                                                  "truncated, content-type, stall or huge."),
                                   QStringLiteral("MODE"), QStringLiteral("none"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"), QStringLiteral("Wait before each answer."),
                                   QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption roqet(QStringLiteral("roqet"), QStringLiteral("The roqet program."),
                                   QStringLiteral("PATH"), QStringLiteral("roqet"));
    const QCommandLineOption withInput(QStringLiteral("exit-with-stdin"),
                                       QStringLiteral("Quit when standard input closes (as a test's child)."));
    parser.addOptions({data, fault, delay, roqet, withInput});
    parser.process(app);
    Options options;
    options.data = parser.value(data);
    options.fault = parser.value(fault);
    options.delayMs = parser.value(delay).toInt();
    options.roqet = parser.value(roqet);
    if (!QFile::exists(options.data)) {
        QTextStream(stderr) << "sparql-fixture-server: no fixture " << options.data << '\n';
        return 2;
    }
    Server server(options);
    if (!server.listen())
        return 1;
    // The test that started it holds its standard input: when that closes (the test ended,
    // or crashed), so does the server, and no stray endpoint is left listening.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    input.setEnabled(parser.isSet(withInput));
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&input] {
        char byte;
        if (::read(STDIN_FILENO, &byte, 1) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    return app.exec();
}

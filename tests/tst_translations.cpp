// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are complete: every translations/twinatlas_<lang>.ts has each message
// translated (none unfinished, obsolete or vanished, no empty plural form, every plural form
// the language has) and keeps the source's placeholders (%1, %n, %L1). A failure names the file
// and counts each kind of problem, with the first few messages, for the translator to fix.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageIsThere();
    void complete_data();
    void complete();
};

namespace {

const QStringList requiredLanguages = {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                                       QStringLiteral("tr"), QStringLiteral("pl")};

/** translations/ of the source tree; the environment can name another (to test the test). */
QDir translationsDir()
{
    return QDir(qEnvironmentVariable("TWINATLAS_TRANSLATIONS_DIR",
                                     QStringLiteral(TWINATLAS_TRANSLATIONS_DIR)));
}

/** The placeholders of a text, sorted: "%1", "%L2", "%n", "%Ln". */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: unfinished, obsolete, vanished or empty
    QStringList forms; // the translation, or each numerusform
};

/** Reads one <message>, the reader on its start element. */
Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.forms << xml.readElementText();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    message.forms << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement(); // location, comment, extracomment, translatorcomment
        }
    }
    return message;
}

QVector<Message> readMessages(const QString &path, QString *error)
{
    QVector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            messages << readMessage(xml, context);
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

} // namespace

void tst_Translations::everyLanguageIsThere()
{
    for (const QString &language : requiredLanguages) {
        const QString file = QStringLiteral("twinatlas_%1.ts").arg(language);
        QVERIFY2(translationsDir().exists(file), qPrintable(file + QStringLiteral(" is missing")));
    }
}

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("pluralForms");
    const QStringList files = translationsDir().entryList({QStringLiteral("twinatlas_*.ts")},
                                                         QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const QString language = file.mid(10, file.size() - 13);
        // Qt's plural rules (those lrelease compiles): Polish has three forms, Turkish one
        // (a number takes the singular), the others two.
        const int forms = language == QLatin1String("pl") ? 3 : language == QLatin1String("tr") ? 1 : 2;
        QTest::newRow(qPrintable(file)) << translationsDir().filePath(file) << forms;
    }
}

void tst_Translations::complete()
{
    QFETCH(QString, path);
    QFETCH(int, pluralForms);
    QString error;
    const QVector<Message> messages = readMessages(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    // Each kind of problem, with its count and the first few messages as examples.
    QMap<QString, QStringList> problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1: “%2”").arg(m.context, m.source.left(60));
        if (!m.type.isEmpty()) {
            problems[m.type] << where; // unfinished, obsolete, vanished
            continue;
        }
        if (std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.isEmpty(); }))
            problems[QStringLiteral("empty translation or plural form")] << where;
        else if (m.numerus && m.forms.size() != pluralForms)
            problems[QStringLiteral("plural forms not %1").arg(pluralForms)] << where;
        const QStringList wanted = placeholders(m.source);
        for (const QString &form : m.forms) {
            QStringList got = placeholders(form);
            // A language with one plural form may say "%n" where English needs it, or not in a
            // singular form ("one place"): only the numbered arguments must all be there.
            if (m.numerus) {
                got.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%Ln"));
            }
            QStringList need = wanted;
            if (m.numerus) {
                need.removeAll(QStringLiteral("%n"));
                need.removeAll(QStringLiteral("%Ln"));
            }
            if (!form.isEmpty() && got != need) {
                problems[QStringLiteral("placeholders differ from the source")] << where;
                break;
            }
        }
    }
    if (problems.isEmpty())
        return;
    QStringList report;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        report << QStringLiteral("%1 of %2 messages %3, e.g.:").arg(it.value().size()).arg(messages.size()).arg(it.key());
        for (const QString &example : it.value().mid(0, 3))
            report << QStringLiteral("    ") + example;
    }
    QFAIL(qPrintable(QFileInfo(path).fileName() + QStringLiteral(" is incomplete:\n")
                     + report.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"

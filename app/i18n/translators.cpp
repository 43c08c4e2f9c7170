// SPDX-License-Identifier: GPL-3.0-or-later
#include "translators.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace twinatlas {

namespace {

/** The language chosen in Preferences; absent (the default) follows the system. */
const QString languageKey = QStringLiteral("ui/language");
/** Where qt_add_translations puts the compiled catalogues. */
const QString catalogueFolder = QStringLiteral(":/i18n");

/** Loads a catalogue into a translator owned by the application; false if there is none. */
bool installCatalogue(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder)
        && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QString Translators::languageSetting()
{
    return QSettings().value(languageKey).toString();
}

void Translators::setLanguageSetting(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

QStringList Translators::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(catalogueFolder).entryList({QStringLiteral("twinatlas_*.qm")},
                                                              QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(10, file.size() - 13); // twinatlas_<lang>.qm
    return languages;
}

QString Translators::nativeName(const QString &language)
{
    // CLDR, and so QLocale, names some languages by their country's variant; these it does not.
    static const QHash<QString, QString> names = {
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Español")},
    };
    QString name = names.value(language, QLocale(language).nativeLanguageName());
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // "français" heads its line in a list: "Français"
    return name;
}

QLocale Translators::uiLocale()
{
    const QString chosen = languageSetting();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

bool Translators::install(const QLocale &locale)
{
    Q_ASSERT(QCoreApplication::instance());
    QLocale::setDefault(locale);
    // English is the source language: its catalogue holds only the plural forms ("1 place").
    // It is loaded by name, because QTranslator would go on down the user's list of languages
    // (LANGUAGE=en:de) and find German for an English user.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return installCatalogue(QLocale(QLocale::English), QStringLiteral("twinatlas"), catalogueFolder);
    installCatalogue(locale, QStringLiteral("qtbase"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installCatalogue(locale, QStringLiteral("twinatlas"), catalogueFolder);
}

} // namespace twinatlas

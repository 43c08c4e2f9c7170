// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace twinatlas {

class PlaceField;

/**
 * The first step of an import: a file to read, or a list pasted for one home place (chosen as
 * the partnership form chooses one, by any of its names).
 */
class ImportSourcePage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportSourcePage(QSqlDatabase db, QWidget *parent = nullptr);

    bool isPaste() const;
    void showPaste();
    void showFile();
    QString filePath() const;
    void setFilePath(const QString &path);
    QString pastedText() const;
    /** The home place as typed or chosen, for the reader ("Celje" or "Celje, SI"). */
    QString homeText() const;
    /** The home place chosen from the matches, or 0 if only typed. */
    qint64 homePlaceId() const;
    /** Whether there is enough to go on: a file, or a home place and some text. */
    bool isComplete() const;
    /** Shows why the list could not be read (file:line:column: message), or nothing. */
    void setError(const QString &error);

    PlaceField *homeField() const { return m_home; }
    QPlainTextEdit *pasteEdit() const { return m_paste; }
    QLineEdit *fileEdit() const { return m_file; }
    QLabel *errorLabel() const { return m_error; }

signals:
    void changed();

private:
    void browse();

    QTabWidget *m_tabs;
    QLineEdit *m_file;
    QPushButton *m_browse;
    PlaceField *m_home;
    QPlainTextEdit *m_paste;
    QLabel *m_error;
};

} // namespace twinatlas

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasreader.h"

#include <QSqlDatabase>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QToolButton;

namespace twinatlas {

class SearchResultModel;

/**
 * A field for choosing a place the way the city list finds one: typing any of its names shows
 * the gazetteer's matches (SearchResultModel, the same search), and a button lets the user
 * click it on the map instead. Editing the text after a choice forgets the choice, so what
 * the field shows is always what it holds.
 */
class PlaceField : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceField(QSqlDatabase db, QWidget *parent = nullptr);
    ~PlaceField() override;

    qint64 placeId() const { return m_placeId; }
    void setPlaceId(qint64 placeId);
    /** Whether the user has typed here, for a form that keeps quiet about untouched fields. */
    bool isTouched() const { return m_touched; }

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *mapButton() const { return m_mapButton; }
    /** The matches of what was typed, shown in the field's popup. */
    SearchResultModel *matches() const { return m_matches; }
    /** Chooses the first match of what was typed (what Enter does). */
    bool chooseFirstMatch();

signals:
    void placeChanged(qint64 placeId);
    /** The "on the map" button: the user wants to click the place on the map. */
    void mapPickRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited(const QString &text);

    AtlasReader m_reader;
    SearchResultModel *m_matches;
    QLineEdit *m_edit;
    QToolButton *m_mapButton;
    QCompleter *m_completer;
    qint64 m_placeId = 0;
    bool m_touched = false;
};

} // namespace twinatlas

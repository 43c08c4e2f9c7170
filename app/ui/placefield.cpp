// SPDX-License-Identifier: GPL-3.0-or-later
#include "placefield.h"

#include "db/countrynames.h"
#include "searchresultmodel.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>

namespace twinatlas {

PlaceField::PlaceField(QSqlDatabase db, QWidget *parent)
    : QWidget(parent),
      m_reader(db),
      m_matches(new SearchResultModel(db, this)),
      m_edit(new QLineEdit(this)),
      m_mapButton(new QToolButton(this)),
      m_completer(new QCompleter(m_matches, this))
{
    m_edit->setPlaceholderText(tr("Type a name"));
    m_edit->installEventFilter(this);
    m_mapButton->setText(tr("On the map"));
    m_mapButton->setToolTip(tr("Click the place on the map instead of typing its name"));
    setFocusProxy(m_edit);

    // The matches with their country and partner count, so that the many Frankfurts and
    // Springfields can be told apart.
    auto *popup = new QTreeView;
    popup->setRootIsDecorated(false);
    popup->setUniformRowHeights(true);
    popup->header()->hide();
    popup->header()->setStretchLastSection(false);
    popup->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_completer->setPopup(popup);
    // The name takes the room; the header has sections only once the popup has its model.
    if (popup->header()->count() > 0)
        popup->header()->setSectionResizeMode(SearchResultModel::NameColumn, QHeaderView::Stretch);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_edit);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_mapButton);

    QHash<qint64, int> counts;
    for (const PlaceSummary &place : m_reader.placesWithPartnerships())
        counts.insert(place.id, place.partnerCount);
    m_matches->setPartnerCounts(std::move(counts));

    connect(m_edit, &QLineEdit::textEdited, this, &PlaceField::textEdited);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                setPlaceId(index.data(SearchResultModel::PlaceIdRole).toLongLong());
            });
    connect(m_mapButton, &QToolButton::clicked, this, &PlaceField::mapPickRequested);
}

PlaceField::~PlaceField() = default;

void PlaceField::setPlaceId(qint64 placeId)
{
    const auto place = placeId != 0 ? m_reader.place(placeId) : std::nullopt;
    m_placeId = place ? placeId : 0;
    if (place) {
        const QString country = CountryNames::localName(place->country);
        m_edit->setText(place->admin1Name.isEmpty()
                                ? tr("%1, %2", "place, country").arg(place->name, country)
                                : tr("%1, %2, %3", "place, region, country")
                                          .arg(place->name, place->admin1Name, country));
        m_edit->setCursorPosition(0);
        m_completer->popup()->hide();
    }
    emit placeChanged(m_placeId);
}

void PlaceField::textEdited(const QString &text)
{
    m_touched = true;
    m_matches->search(text);
    if (m_matches->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
    if (m_placeId != 0) {
        m_placeId = 0;
        emit placeChanged(0);
    }
}

bool PlaceField::chooseFirstMatch()
{
    if (m_matches->rowCount() == 0)
        return false;
    setPlaceId(m_matches->hitAt(m_matches->index(0, 0)).placeId);
    return m_placeId != 0;
}

bool PlaceField::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the field chooses the first match and stays in the form, rather than pressing
    // the dialog's default button with no place chosen.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_placeId == 0
            && !m_completer->popup()->isVisible() && !m_edit->text().trimmed().isEmpty()) {
            chooseFirstMatch();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace twinatlas

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace twinatlas {

/**
 * What the detail pane shows while no place is chosen: the ways to begin, for someone who has
 * just opened the atlas. Type a town's name (the window's Find action), click a dot on the map,
 * or get the world's partnerships from Wikidata (the window's action, where there is one). Each
 * button triggers its action and is shown and enabled as that action is.
 */
class DetailStartPage : public QWidget
{
    Q_OBJECT

public:
    explicit DetailStartPage(QWidget *parent = nullptr);

    /** The action that puts the cursor in the Places list's search field. Set each once. */
    void setFindAction(QAction *action);
    /** The action that gets partnerships from Wikidata; without one, that way is not offered. */
    void setWikidataAction(QAction *action);

    QPushButton *findButton() const { return m_findButton; }
    QPushButton *wikidataButton() const { return m_wikidataButton; }

private:
    /** Binds button (and the text that explains it) to action, or hides both without one. */
    void bind(QPushButton *button, QLabel *text, QAction *action);

    QLabel *m_findText;
    QPushButton *m_findButton;
    QLabel *m_wikidataText;
    QPushButton *m_wikidataButton;
};

} // namespace twinatlas

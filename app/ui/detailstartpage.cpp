// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailstartpage.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace twinatlas {

namespace {

QLabel *makeText(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

DetailStartPage::DetailStartPage(QWidget *parent)
    : QWidget(parent),
      m_findText(makeText(tr("Type a town’s name in the Places list, in any spelling or language."),
                          QStringLiteral("startFindText"), this)),
      m_findButton(makeButton(tr("Find a town"), QStringLiteral("startFindButton"), this)),
      m_wikidataText(makeText(tr("The atlas comes with a few towns’ partnerships. Wikidata knows "
                                 "those of thousands more, all over the world."),
                              QStringLiteral("startWikidataText"), this)),
      m_wikidataButton(makeButton(tr("Get partnerships from Wikidata…"),
                                  QStringLiteral("startWikidataButton"), this))
{
    setObjectName(QStringLiteral("detailStartPage"));
    auto *heading = makeText(tr("See a town’s partners"), QStringLiteral("startHeading"), this);
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *mapText = makeText(tr("Or click a dot on the map: each dot is a town with partners, "
                                "each line a partnership. Hover over one to see its name."),
                             QStringLiteral("startMapText"), this);
    auto *thenText = makeText(tr("Its partners and the history of each partnership appear here."),
                              QStringLiteral("startThenText"), this);
    thenText->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 18);
    layout->setSpacing(6);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addSpacing(6);
    layout->addWidget(m_findText);
    layout->addWidget(m_findButton, 0, Qt::AlignLeft);
    layout->addSpacing(10);
    layout->addWidget(mapText);
    layout->addSpacing(10);
    layout->addWidget(m_wikidataText);
    layout->addWidget(m_wikidataButton, 0, Qt::AlignLeft);
    layout->addSpacing(10);
    layout->addWidget(thenText);
    layout->addStretch(2);

    bind(m_findButton, m_findText, nullptr);
    bind(m_wikidataButton, m_wikidataText, nullptr);
}

void DetailStartPage::setFindAction(QAction *action)
{
    bind(m_findButton, m_findText, action);
}

void DetailStartPage::setWikidataAction(QAction *action)
{
    bind(m_wikidataButton, m_wikidataText, action);
}

void DetailStartPage::bind(QPushButton *button, QLabel *text, QAction *action)
{
    button->disconnect(this);
    const QPointer<QAction> bound(action);
    const auto follow = [button, text, bound] {
        const bool shown = bound && bound->isVisible();
        button->setVisible(shown);
        text->setVisible(shown);
        button->setEnabled(shown && bound->isEnabled());
        if (bound && !bound->shortcut().isEmpty())
            button->setToolTip(tr("%1 (%2)", "action, shortcut")
                                       .arg(bound->toolTip(),
                                            bound->shortcut().toString(QKeySequence::NativeText)));
        else if (bound)
            button->setToolTip(bound->toolTip());
    };
    follow();
    if (!action)
        return;
    connect(button, &QPushButton::clicked, this, [bound] {
        if (bound)
            bound->trigger();
    });
    connect(action, &QAction::changed, button, follow);
    connect(action, &QObject::destroyed, button, follow);
}

} // namespace twinatlas

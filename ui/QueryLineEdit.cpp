#include "QueryLineEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>

QueryLineEdit::QueryLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    m_candidates = new QStringListModel(this);
    m_completer = new QCompleter(m_candidates, this);
    m_completer->setObjectName(QStringLiteral("queryCompleter"));
    m_completer->setWidget(this);
    // The source has already picked and ordered the candidates.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(QStringLiteral("queryCompletionListView"));
    m_completer->popup()->setAccessibleName(tr("Filter completions"));
    connect(m_completer,
            qOverload<const QString &>(&QCompleter::activated),
            this,
            &QueryLineEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (!m_inserting)
            showCompletions();
    });
}

void QueryLineEdit::setCompletionSource(CompletionSource source)
{
    m_source = std::move(source);
}

QStringList QueryLineEdit::currentCompletions() const
{
    return m_candidates->stringList();
}

void QueryLineEdit::showCompletions()
{
    QStringList candidates;
    if (m_source)
        candidates = m_source(text(), cursorPosition(), &m_replaceFrom);
    const QString typed = text().mid(m_replaceFrom, cursorPosition() - m_replaceFrom);
    // Nothing to offer, or only what is typed already.
    if (candidates.isEmpty()
        || (candidates.size() == 1
            && candidates.first().compare(typed, Qt::CaseInsensitive) == 0)) {
        m_candidates->setStringList({});
        m_completer->popup()->hide();
        return;
    }
    m_candidates->setStringList(candidates);
    QRect rect = cursorRect();
    QAbstractItemView *popup = m_completer->popup();
    rect.setWidth(
        qMax(width() / 2,
             popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8));
    m_completer->complete(rect);
    popup->setCurrentIndex(m_candidates->index(0, 0));
}

void QueryLineEdit::insertCompletion(const QString &candidate)
{
    const int cursor = cursorPosition();
    const int from = qBound(0, m_replaceFrom, cursor);
    QString rest = text().mid(cursor);
    // The rest of the word under the cursor is replaced too.
    int wordEnd = 0;
    while (wordEnd < rest.size() && !rest.at(wordEnd).isSpace()
           && rest.at(wordEnd) != QLatin1Char(')'))
        ++wordEnd;
    rest = rest.mid(wordEnd);
    const bool field = candidate.endsWith(QLatin1Char(':'));
    QString inserted = candidate;
    if (!field && !rest.startsWith(QLatin1Char(' ')))
        inserted += QLatin1Char(' ');
    // setText() emits textChanged (the window's filter follows) but not textEdited (no popup
    // for the word just completed).
    m_inserting = true;
    setText(text().left(from) + inserted + rest);
    setCursorPosition(from + int(inserted.size()));
    m_inserting = false;
    if (field)
        showCompletions(); // straight on to the values of that field
    else
        m_completer->popup()->hide();
}

void QueryLineEdit::keyPressEvent(QKeyEvent *event)
{
    QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Tab:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (popup->currentIndex().isValid()) {
                insertCompletion(popup->currentIndex().data().toString());
                event->accept();
                return;
            }
            break;
        case Qt::Key_Escape:
            popup->hide();
            event->accept();
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        showCompletions();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void QueryLineEdit::setError(const QString &message, int position, int length)
{
    if (message.isEmpty()) {
        clearError();
        return;
    }
    const bool changed = m_errorMessage.isEmpty();
    if (changed)
        m_toolTip = toolTip();
    m_errorMessage = message;
    m_errorPosition = position;
    m_errorLength = length;
    setToolTip(message);
    setAccessibleDescription(message);
    updateFrame();
    if (changed)
        emit errorChanged(true);
}

void QueryLineEdit::clearError()
{
    if (m_errorMessage.isEmpty())
        return;
    m_errorMessage.clear();
    m_errorPosition = -1;
    m_errorLength = 0;
    setToolTip(m_toolTip);
    setAccessibleDescription(QString());
    updateFrame();
    emit errorChanged(false);
}

void QueryLineEdit::updateFrame()
{
    // A red frame (the same in the light and the dark palette), on top of the style's own look.
    setStyleSheet(hasError() ? QStringLiteral("QueryLineEdit { border: 2px solid #d93025; "
                                              "border-radius: 3px; padding: 1px; }")
                             : QString());
}

#include "charts/ChartRenderer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>

#include <cmath>

namespace {

constexpr double WheelZoomStep = 0.8; // one notch shows 80 % of the time span
constexpr int KeyPanPercent = 10;
constexpr int MinZoomBoxPixels = 6;

} // namespace

ChartRenderer::ChartRenderer(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
}

ChartRenderer::~ChartRenderer() = default;

int ChartRenderer::plotColumns() const
{
    return qMax(1, int(std::floor(plotArea().width() * devicePixelRatioF())));
}

void ChartRenderer::setInputWidget(QWidget *widget)
{
    m_input = widget;
    m_input->setMouseTracking(true);
    m_input->installEventFilter(this);
    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, m_input);
    m_rubberBand->setObjectName(QStringLiteral("zoomRubberBand"));
    m_rubberBand->hide();
}

qint64 ChartRenderer::timeAt(const QPoint &position) const
{
    return qint64(std::llround(mapToValue(QPointF(position)).x()));
}

qint64 ChartRenderer::visibleSpanMs() const
{
    const QRectF area = plotArea();
    return timeAt(area.topRight().toPoint()) - timeAt(area.topLeft().toPoint());
}

bool ChartRenderer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_input)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false; // the right button opens the owner's context menu
        m_pressPosition = m_lastPosition = mouse->position().toPoint();
        m_zoomBox = mouse->modifiers().testFlag(Qt::ShiftModifier);
        m_panning = !m_zoomBox;
        if (m_zoomBox) {
            m_rubberBand->setGeometry(QRect(m_pressPosition, QSize()));
            m_rubberBand->show();
        } else if (m_panning) {
            m_input->setCursor(Qt::ClosedHandCursor);
        }
        setFocus(Qt::MouseFocusReason);
        return true;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint position = mouse->position().toPoint();
        if (m_zoomBox) {
            m_rubberBand->setGeometry(QRect(m_pressPosition, position).normalized());
        } else if (m_panning) {
            const qint64 delta = timeAt(m_lastPosition) - timeAt(position);
            m_lastPosition = position;
            if (delta != 0)
                emit panRequested(delta);
        } else {
            emit hovered(position);
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        if (m_zoomBox) {
            m_rubberBand->hide();
            const QRect box = QRect(m_pressPosition, mouse->position().toPoint())
                                  .normalized()
                                  .intersected(plotArea().toAlignedRect());
            if (box.width() >= MinZoomBoxPixels) {
                const QPointF topLeft = mapToValue(QPointF(box.topLeft()));
                const QPointF bottomRight = mapToValue(QPointF(box.bottomRight()));
                // A flat box (a horizontal drag) zooms time only.
                const bool withValues = box.height() >= MinZoomBoxPixels;
                emit zoomToRequested(qint64(std::llround(topLeft.x())),
                                     qint64(std::llround(bottomRight.x())),
                                     withValues ? bottomRight.y() : qQNaN(),
                                     withValues ? topLeft.y() : qQNaN());
            }
        }
        if (m_panning)
            m_input->unsetCursor();
        m_zoomBox = m_panning = false;
        return true;
    }
    case QEvent::MouseButtonDblClick:
        emit resetRequested();
        return true;
    case QEvent::Wheel: {
        auto *wheel = static_cast<QWheelEvent *>(event);
        const int steps = wheel->angleDelta().y() / 120;
        if (steps != 0) {
            emit zoomRequested(std::pow(WheelZoomStep, steps), timeAt(wheel->position().toPoint()));
        }
        return true;
    }
    case QEvent::Leave:
        emit hoverLeft();
        return false;
    case QEvent::ContextMenu:
        return false; // the owner's context menu
    default:
        return false;
    }
}

void ChartRenderer::keyPressEvent(QKeyEvent *event)
{
    const qint64 step = visibleSpanMs() * KeyPanPercent / 100;
    const qint64 center = timeAt(plotArea().center().toPoint());
    switch (event->key()) {
    case Qt::Key_Left:
        emit panRequested(-step);
        break;
    case Qt::Key_Right:
        emit panRequested(step);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Up:
        emit zoomRequested(WheelZoomStep, center);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Down:
        emit zoomRequested(1.0 / WheelZoomStep, center);
        break;
    case Qt::Key_Escape:
    case Qt::Key_Home:
        emit resetRequested();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartRenderer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    emit plotResized();
}

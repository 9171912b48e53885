// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineRaster.h"

#include <QImage>
#include <QTransform>

#include <cmath>

namespace Continuity {
namespace {

// dst = src * alpha + dst * (1 - alpha), premultiplied, alpha 0..256.
inline void blend(quint32 *pixel, quint32 src, quint32 alpha)
{
    if (alpha >= 256) {
        *pixel = src;
        return;
    }
    const quint32 inverse = 256 - alpha;
    const quint32 d = *pixel;
    const quint32 rb =
        (((src & 0x00ff00ffu) * alpha + (d & 0x00ff00ffu) * inverse) >> 8) & 0x00ff00ffu;
    const quint32 ag =
        ((((src >> 8) & 0x00ff00ffu) * alpha + ((d >> 8) & 0x00ff00ffu) * inverse)) & 0xff00ff00u;
    *pixel = rb | ag;
}

// One clipped line along its major axis x (y for steep lines), in 16.16 fixed point.
template <bool Steep, bool Antialias>
void drawSpan(quint32 *bits, qsizetype stride, int majorStart, int majorEnd, qint64 minor,
              qint64 step, int minorLimit, quint32 src, int on, int period)
{
    int phase = 0;
    for (int major = majorStart; major <= majorEnd; ++major, minor += step) {
        if (period > 0) {
            const bool gap = phase >= on;
            if (++phase == period)
                phase = 0;
            if (gap)
                continue;
        }
        const int m = int(minor >> 16);
        if (!Antialias) {
            const int rounded = int((minor + 0x8000) >> 16);
            if (unsigned(rounded) < unsigned(minorLimit))
                bits[Steep ? qsizetype(major) * stride + rounded
                           : qsizetype(rounded) * stride + major] = src;
            continue;
        }
        const quint32 lower = quint32((minor >> 8) & 0xff);
        if (unsigned(m) < unsigned(minorLimit))
            blend(bits + (Steep ? qsizetype(major) * stride + m : qsizetype(m) * stride + major),
                  src, 256 - lower);
        if (lower != 0 && unsigned(m + 1) < unsigned(minorLimit))
            blend(bits + (Steep ? qsizetype(major) * stride + m + 1
                                : qsizetype(m + 1) * stride + major),
                  src, lower);
    }
}

void drawOne(bool steep, bool antialias, quint32 *bits, qsizetype stride, int start, int end,
             qint64 minor, qint64 step, int minorLimit, quint32 src, int on, int period)
{
    if (steep) {
        if (antialias)
            drawSpan<true, true>(bits, stride, start, end, minor, step, minorLimit, src, on,
                                 period);
        else
            drawSpan<true, false>(bits, stride, start, end, minor, step, minorLimit, src, on,
                                  period);
    } else {
        if (antialias)
            drawSpan<false, true>(bits, stride, start, end, minor, step, minorLimit, src, on,
                                  period);
        else
            drawSpan<false, false>(bits, stride, start, end, minor, step, minorLimit, src, on,
                                   period);
    }
}

} // namespace

bool clipLine(const QLineF &line, const QRectF &rect, QLineF *clipped)
{
    // Liang–Barsky.
    const double dx = line.dx();
    const double dy = line.dy();
    double t0 = 0;
    double t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                         rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    *clipped =
        QLineF(line.x1() + t0 * dx, line.y1() + t0 * dy, line.x1() + t1 * dx, line.y1() + t1 * dy);
    return true;
}

void rasterLines(QImage *image, const QTransform &toDevice, const QList<QLineF> &lines,
                 const LineStyle &style)
{
    Q_ASSERT(image->format() == QImage::Format_ARGB32_Premultiplied);
    const int w = image->width();
    const int h = image->height();
    if (w == 0 || h == 0)
        return;
    quint32 *bits = reinterpret_cast<quint32 *>(image->bits());
    const qsizetype stride = image->bytesPerLine() / 4;
    const quint32 src = qPremultiply(style.colour.rgba());
    const int period = style.on > 0 ? style.on + style.off : 0;

    const QRectF pixels(0, 0, w - 1, h - 1);
    QLineF line;
    for (const QLineF &sceneLine : lines) {
        if (!clipLine(toDevice.map(sceneLine), pixels, &line))
            continue;
        double x0 = line.x1();
        double y0 = line.y1();
        double x1 = line.x2();
        double y1 = line.y2();
        const bool steep = std::abs(y1 - y0) > std::abs(x1 - x0);
        if (steep) {
            std::swap(x0, y0);
            std::swap(x1, y1);
        }
        if (x0 > x1) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        const double dx = x1 - x0;
        const double gradient = dx < 1e-9 ? 0.0 : (y1 - y0) / dx;
        const int start = int(std::lround(x0));
        const int end = std::min(int(std::lround(x1)), (steep ? h : w) - 1);
        const double startY = y0 + gradient * (start - x0);
        const qint64 minor = qint64(std::floor(startY * 65536.0));
        const qint64 step = qint64(std::floor(gradient * 65536.0));
        const int minorLimit = steep ? w : h;
        for (int k = 0; k < std::max(1, style.width); ++k) {
            const qint64 shifted = minor + qint64(k) * 65536;
            drawOne(steep, style.antialias, bits, stride, start, end, shifted, step, minorLimit,
                    src, style.on, period);
        }
    }
}

} // namespace Continuity

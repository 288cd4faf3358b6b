// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering the sheet's pages with Poppler on threads of their own, with a blank page for any
// address that names no sheet.

#include "sheetpreview.h"

#include <QMutexLocker>
#include <QQuickImageResponse>
#include <QQuickTextureFactory>
#include <QRunnable>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>

namespace vitrine {

namespace {

// An A4 page, height over width: the shape of a placeholder, like the sheet it stands for.
constexpr qreal kA4Aspect = 297.0 / 210.0;
constexpr qreal kPointsPerInch = 72.0;

// The size a page of pageSize (any unit) takes for a request: fitted into both sides when both
// are given, else to the one given, else kDefaultWidth wide; never beyond kMaxSide.
QSizeF fitted(QSizeF pageSize, QSize requested)
{
    qreal scale = 0;
    if (requested.width() > 0 && requested.height() > 0)
        scale =
            std::min(requested.width() / pageSize.width(), requested.height() / pageSize.height());
    else if (requested.width() > 0)
        scale = requested.width() / pageSize.width();
    else if (requested.height() > 0)
        scale = requested.height() / pageSize.height();
    else
        scale = SheetPreview::kDefaultWidth / pageSize.width();
    const qreal largest = std::max(pageSize.width(), pageSize.height()) * scale;
    if (largest > SheetPreview::kMaxSide)
        scale *= SheetPreview::kMaxSide / largest;
    return pageSize * scale;
}

QImage placeholder(QSize requested)
{
    const QSizeF size = fitted(QSizeF(1, kA4Aspect), requested);
    QImage image(std::max(1, qRound(size.width())), std::max(1, qRound(size.height())),
                 QImage::Format_RGB32);
    image.fill(SheetPreview::placeholderColor());
    return image;
}

// Renders one page on the provider's pool and hands the image to its response (queued: the
// response lives in the engine's thread, and a response the engine dropped meanwhile simply
// gets nothing, the connection going with it).
class PageRenderer : public QObject, public QRunnable
{
    Q_OBJECT

public:
    PageRenderer(const SheetPreview *provider, QString id, QSize requested)
        : m_provider(provider)
        , m_id(std::move(id))
        , m_requested(requested)
    {}

    void run() override { emit rendered(m_provider->render(m_id, m_requested)); }

signals:
    void rendered(const QImage &image);

private:
    const SheetPreview *m_provider;
    QString m_id;
    QSize m_requested;
};

class PageResponse : public QQuickImageResponse
{
    Q_OBJECT

public:
    PageResponse(const SheetPreview *provider, const QString &id, QSize requested,
                 QThreadPool &pool)
    {
        auto *renderer = new PageRenderer(provider, id, requested);
        renderer->setAutoDelete(true);
        connect(renderer, &PageRenderer::rendered, this, &PageResponse::take);
        pool.start(renderer);
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }

private:
    void take(const QImage &image)
    {
        m_image = image;
        emit finished();
    }

    QImage m_image;
};

} // namespace

void SheetFiles::publish(int revision, const QString &path)
{
    const QMutexLocker lock(&m_mutex);
    m_paths.insert(revision, path);
}

QString SheetFiles::path(int revision) const
{
    const QMutexLocker lock(&m_mutex);
    return m_paths.value(revision);
}

void SheetFiles::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_paths.clear();
}

SheetPreview::SheetPreview(std::shared_ptr<const SheetFiles> files)
    : m_files(std::move(files))
{
    // Two pages at a time: the next page is ready by the time the customer scrolls to it, and
    // the machine keeps a core for the screen.
    m_pool.setMaxThreadCount(2);
}

SheetPreview::~SheetPreview()
{
    // A renderer still running reads this provider.
    m_pool.waitForDone();
}

QQuickImageResponse *SheetPreview::requestImageResponse(const QString &id,
                                                        const QSize &requestedSize)
{
    return new PageResponse(this, id, requestedSize, m_pool);
}

QImage SheetPreview::render(const QString &id, const QSize &requestedSize) const
{
    // "REVISION/PAGE"; anything else is no page.
    const QStringList parts = id.split(u'/');
    bool revisionOk = false;
    bool pageOk = false;
    const int revision = parts.size() == 2 ? parts.at(0).toInt(&revisionOk) : 0;
    const int page = parts.size() == 2 ? parts.at(1).toInt(&pageOk) : 0;
    const QString path = revisionOk && pageOk && m_files ? m_files->path(revision) : QString();
    if (path.isEmpty())
        return placeholder(requestedSize);
    return renderPage(path, page, requestedSize);
}

QImage SheetPreview::renderPage(const QString &pdfPath, int page, QSize requestedSize, bool *ok)
{
    if (ok)
        *ok = false;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdfPath);
    if (!doc || doc->isLocked() || page < 1 || page > doc->numPages())
        return placeholder(requestedSize);
    const std::unique_ptr<Poppler::Page> p = doc->page(page - 1);
    const QSizeF points = p ? p->pageSizeF() : QSizeF();
    if (points.isEmpty())
        return placeholder(requestedSize);
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    const QSizeF pixels = fitted(points, requestedSize);
    const double dpi = kPointsPerInch * pixels.width() / points.width();
    QImage image = p->renderToImage(dpi, dpi);
    if (image.isNull())
        return placeholder(requestedSize);
    if (ok)
        *ok = true;
    return image;
}

QColor SheetPreview::placeholderColor()
{
    // A pale grey sheet: clearly a page still to come, not a white page of the sheet.
    return QColor(0xe6, 0xed, 0xf2);
}

} // namespace vitrine

#include "sheetpreview.moc"

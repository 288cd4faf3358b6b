// SPDX-License-Identifier: GPL-3.0-or-later
// Showing the signed sheet's pages on screen from the very PDF that is printed, never a copy.

#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QQuickAsyncImageProvider>
#include <QSize>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace vitrine {

/**
 * The signed PDFs the preview may show, by revision (a new one each time the sheet is made).
 * Shared between the sheet's controller, which publishes and forgets them, and the image
 * provider's threads, which only read: every access holds the lock.
 */
class SheetFiles
{
public:
    void publish(int revision, const QString &path);
    /** The file of that revision; empty when it is unknown or was forgotten. */
    QString path(int revision) const;
    /** Forgets every file (the session ended: they are about to be deleted). */
    void clear();

private:
    mutable QMutex m_mutex;
    QHash<int, QString> m_paths;
};

/**
 * The image provider behind the preview, "image://sheet/REVISION/PAGE": page PAGE (from 1) of
 * the signed sheet REVISION, rendered with Poppler from the PDF file itself, the very bytes that
 * are printed, at the size asked for (Image.sourceSize in device pixels: the width, the height
 * or both, the page keeping its shape). Pages render on a thread of their own, never on the UI
 * thread. An unknown revision or a page that does not exist gives a blank placeholder page, so
 * a stale or mistyped address shows nothing of anybody's sheet.
 */
class SheetPreview : public QQuickAsyncImageProvider
{
public:
    /** Used when the view asks for no size: about a screen's height for a portrait page. */
    static constexpr int kDefaultWidth = 800;
    /** The largest side rendered, whatever is asked: a page stays a few tens of megabytes. */
    static constexpr int kMaxSide = 6000;

    explicit SheetPreview(std::shared_ptr<const SheetFiles> files);
    ~SheetPreview() override;

    QQuickImageResponse *requestImageResponse(const QString &id,
                                              const QSize &requestedSize) override;

    /** What a response renders for an address, synchronously (tests call it directly). */
    QImage render(const QString &id, const QSize &requestedSize) const;

    /**
     * Page \a page (from 1) of the PDF at \a pdfPath, fitted to \a requestedSize; a placeholder
     * (placeholderColor(), A4-shaped) with *ok false when there is no such page or file.
     */
    static QImage renderPage(const QString &pdfPath, int page, QSize requestedSize,
                             bool *ok = nullptr);

    /** The colour of a placeholder page. */
    static QColor placeholderColor();

private:
    std::shared_ptr<const SheetFiles> m_files;
    QThreadPool m_pool;
};

} // namespace vitrine

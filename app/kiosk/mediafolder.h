// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the car data logs and sheets on the USB sticks plugged into the kiosk, for the advisor
// to import or check.

#pragma once

#include "logfinder.h"

#include <QAbstractListModel>
#include <QFileSystemWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace vitrine {

class ReviewSession;

/**
 * The logs found on the plugged-in sticks, newest first: what the advisor can import (the same
 * model lists the PDF sheets found there, to check).
 */
class MediaLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Media")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        PathRole,
        SizeTextRole,     ///< "1.2 MB", in the current language's locale
        ModifiedTextRole, ///< dd.MM.yyyy HH:mm, Swiss time
        VolumeRole,       ///< the stick's name
        /** What the item is when the name does not say it: "Volkswagen EU Data Act export,
            96 deliveries, 12.04.–11.10.2026" for a folder of deliveries (the period when the
            deliveries' names carry their times); empty for a single file. */
        KindTextRole,
    };
    using QAbstractListModel::QAbstractListModel;

    int count() const { return rowCount(); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The log at \a row, or nullptr. */
    const FoundLog *at(int row) const;

    /**
     * Takes a new search result with the smallest change (rows removed, inserted or updated
     * rather than a reset), so the list the advisor is touching does not jump.
     */
    void update(const QList<FoundLog> &logs);
    /** Emits dataChanged for every row: sizes and dates follow the new language. */
    void retranslate();

signals:
    void countChanged();

private:
    QList<FoundLog> m_logs;
};

/**
 * Watches a folder where removable media appear (/media by default) for VDFL logs and imports
 * the one the advisor picks into the review. A stick plugged in creates a folder, which the
 * file system watcher sees at once; a slow timer rescans as well, since inotify on /media misses
 * some automounts. The search runs off the UI thread: a slow or failing stick never freezes
 * the screen.
 */
class MediaFolder : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Media)
    QML_SINGLETON
    Q_PROPERTY(QString root READ root WRITE setRoot NOTIFY rootChanged)
    Q_PROPERTY(vitrine::MediaLogModel *logs READ logs CONSTANT)
    /** The PDF files on the sticks, newest first: sheets the advisor can check. */
    Q_PROPERTY(vitrine::MediaLogModel *sheets READ sheets CONSTANT)
    Q_PROPERTY(bool truncated READ truncated NOTIFY truncatedChanged)

public:
    // No default argument: a default-constructible singleton would be made anew by QML (Qt 6.4)
    // instead of coming from create().
    explicit MediaFolder(QObject *parent);
    ~MediaFolder() override;

    static MediaFolder *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(MediaFolder *instance);

    /** The review that importLog() fills. */
    void setReview(ReviewSession *review) { m_review = review; }

    /** The watched folder ("/media" unless set); changing it searches the new one at once. */
    QString root() const { return m_root; }
    void setRoot(const QString &root);

    /** Milliseconds between two searches when nothing was seen to change (3000). */
    int rescanInterval() const { return m_timer.interval(); }
    void setRescanInterval(int ms) { m_timer.setInterval(ms); }

    MediaLogModel *logs() { return &m_logs; }
    MediaLogModel *sheets() { return &m_sheets; }
    /** More logs are on the media than the list shows (it keeps the newest). */
    bool truncated() const { return m_truncated; }

    /**
     * Reads the log at \a row into the review (ReviewSession::load). Returns false when the
     * row is unknown or the file was refused; the review then says why.
     */
    Q_INVOKABLE bool importLog(int row);

    /** Searches again now (it also does so by itself). */
    Q_INVOKABLE void rescan();

signals:
    void rootChanged();
    void truncatedChanged();
    /** A search finished and the list shows its result. */
    void scanned();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finishScan(const QString &root, const LogScan &scan, const LogScan &pdfs);
    void watch(const QStringList &folders);

    ReviewSession *m_review = nullptr;
    QString m_root;
    MediaLogModel m_logs;
    MediaLogModel m_sheets;
    bool m_truncated = false;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QTimer m_settle;
    // One search at a time; a request during a search runs once it ends.
    QThreadPool m_pool;
    bool m_started = false;
    bool m_scanning = false;
    bool m_scanAgain = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace vitrine

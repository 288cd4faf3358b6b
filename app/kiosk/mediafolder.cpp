// SPDX-License-Identifier: GPL-3.0-or-later
// Watching the media folder and searching it off the UI thread, so that a slow or failing stick
// never freezes the screen and the list does not jump under the advisor's finger.

#include "mediafolder.h"

#include "inputtext.h"
#include "languages.h"
#include "reviewsession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHash>
#include <QQmlEngine>
#include <QSet>
#include <QTimeZone>

namespace vitrine {

namespace {

MediaFolder *g_instance = nullptr;

// After a folder appears, the automounter needs a moment to fill it.
constexpr int settleMs = 300;

} // namespace

int MediaLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_logs.size());
}

QVariant MediaLogModel::data(const QModelIndex &index, int role) const
{
    const FoundLog *log = index.isValid() ? at(index.row()) : nullptr;
    if (!log)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return displayFileName(log->fileName);
    case PathRole:
        return log->path;
    case SizeTextRole:
        return Languages::locale(Languages::current())
            .formattedDataSize(log->size, 1, QLocale::DataSizeSIFormat);
    case ModifiedTextRole:
        return log->modified.toTimeZone(QTimeZone("Europe/Zurich"))
            .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    case VolumeRole:
        return log->volume;
    case KindTextRole:
        if (log->format == u"vw-data-act" && log->namedFromUtc && log->namedToUtc) {
            return QCoreApplication::translate(
                       "vitrine::MediaLogModel",
                       "Volkswagen EU Data Act export, %Ln delivery(ies), %1", nullptr, log->files)
                .arg(Languages::swissDateRange(*log->namedFromUtc, *log->namedToUtc));
        }
        if (log->format == u"vw-data-act") {
            return QCoreApplication::translate("vitrine::MediaLogModel",
                                               "Volkswagen EU Data Act export, %Ln delivery(ies)",
                                               nullptr, log->files);
        }
        if (log->format == u"bmw-cardata")
            return QCoreApplication::translate("vitrine::MediaLogModel", "BMW CarData archive");
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> MediaLogModel::roleNames() const
{
    return {{NameRole, "name"},         {PathRole, "path"},
            {SizeTextRole, "sizeText"}, {ModifiedTextRole, "modifiedText"},
            {VolumeRole, "volume"},     {KindTextRole, "kindText"}};
}

const FoundLog *MediaLogModel::at(int row) const
{
    return row >= 0 && row < m_logs.size() ? &m_logs.at(row) : nullptr;
}

void MediaLogModel::update(const QList<FoundLog> &logs)
{
    const qsizetype before = m_logs.size();
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < logs.size(); ++i)
        position.insert(logs.at(i).path, i);

    for (qsizetype row = m_logs.size() - 1; row >= 0; --row) {
        if (!position.contains(m_logs.at(row).path)) {
            beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
            m_logs.removeAt(row);
            endRemoveRows();
        }
    }

    // The rows kept must already stand in the new order for inserts alone to get there; a file
    // that moved (copied again, so newer) resets the list instead.
    bool ordered = true;
    qsizetype last = -1;
    for (const FoundLog &log : std::as_const(m_logs)) {
        const qsizetype p = position.value(log.path);
        if (p < last) {
            ordered = false;
            break;
        }
        last = p;
    }

    if (!ordered) {
        beginResetModel();
        m_logs = logs;
        endResetModel();
    } else {
        for (qsizetype i = 0; i < logs.size(); ++i) {
            const int row = static_cast<int>(i);
            if (i < m_logs.size() && m_logs.at(i).path == logs.at(i).path) {
                if (!(m_logs.at(i) == logs.at(i))) {
                    m_logs[i] = logs.at(i);
                    emit dataChanged(index(row), index(row));
                }
            } else {
                beginInsertRows({}, row, row);
                m_logs.insert(i, logs.at(i));
                endInsertRows();
            }
        }
    }
    if (m_logs.size() != before)
        emit countChanged();
}

void MediaLogModel::retranslate()
{
    if (!m_logs.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_logs.size()) - 1),
                         {SizeTextRole, ModifiedTextRole, KindTextRole});
}

MediaFolder::MediaFolder(QObject *parent)
    : QObject(parent)
    , m_root(QStringLiteral("/media"))
{
    m_pool.setMaxThreadCount(1);
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &MediaFolder::rescan);
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &MediaFolder::rescan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    // Sizes are written the way the current language writes numbers ("1,2 Mo", "1.2 MB").
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
    // The first search once the event loop runs, unless setting the root already started one.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_started)
                rescan();
        },
        Qt::QueuedConnection);
}

MediaFolder::~MediaFolder()
{
    if (m_cancel)
        m_cancel->store(true);
    // The search posts its result to this object: it must be over before the object goes.
    m_pool.waitForDone();
}

MediaFolder *MediaFolder::create(QQmlEngine *, QJSEngine *)
{
    if (!g_instance) {
        // An engine without the kiosk's composition root (a test of the views): a folder of its
        // own, which the engine owns, rather than a null singleton.
        return new MediaFolder(nullptr);
    }
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void MediaFolder::setInstance(MediaFolder *instance)
{
    g_instance = instance;
}

void MediaFolder::setRoot(const QString &root)
{
    if (root == m_root)
        return;
    m_root = root;
    if (m_cancel)
        m_cancel->store(true);
    emit rootChanged();
    rescan();
}

bool MediaFolder::importLog(int row)
{
    const FoundLog *log = m_logs.at(row);
    if (!log || !m_review)
        return false;
    // A copy: loading may run a rescan's result into the model.
    const QString path = log->path;
    return m_review->load(path);
}

void MediaFolder::rescan()
{
    if (m_scanning) {
        m_scanAgain = true;
        return;
    }
    m_scanning = true;
    m_started = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const QString root = m_root;
    m_pool.start([this, root, cancel] {
        const LogScan scan = LogFinder(root).scan(cancel.get());
        LogFinder pdfFinder(root);
        pdfFinder.setNameFilter(&LogFinder::looksLikePdf);
        const LogScan pdfs = pdfFinder.scan(cancel.get());
        QMetaObject::invokeMethod(
            this, [this, root, scan, pdfs] { finishScan(root, scan, pdfs); }, Qt::QueuedConnection);
    });
}

void MediaFolder::finishScan(const QString &root, const LogScan &scan, const LogScan &pdfs)
{
    m_scanning = false;
    // A search of a folder no longer watched, or a cancelled one, shows nothing.
    if (root == m_root && !(m_cancel && m_cancel->load())) {
        m_logs.update(scan.logs);
        m_sheets.update(pdfs.logs);
        watch(scan.folders);
        if (scan.truncated != m_truncated) {
            m_truncated = scan.truncated;
            emit truncatedChanged();
        }
        emit scanned();
    }
    if (m_scanAgain) {
        m_scanAgain = false;
        rescan();
    }
}

void MediaFolder::watch(const QStringList &folders)
{
    const QStringList watched = m_watcher.directories();
    QStringList gone;
    for (const QString &f : watched) {
        if (!folders.contains(f))
            gone << f;
    }
    QStringList added;
    for (const QString &f : folders) {
        // A folder that vanished since the search (a stick pulled out) is not watched.
        if (!watched.contains(f) && QFileInfo(f).isDir())
            added << f;
    }
    // Qt warns about an empty list.
    if (!gone.isEmpty())
        m_watcher.removePaths(gone);
    if (!added.isEmpty())
        m_watcher.addPaths(added);
}

bool MediaFolder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        m_logs.retranslate();
        m_sheets.retranslate();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vitrine

// The FLEET benchmarks at 100,000 devices (docs/BENCHMARKS.md): a generated fleet
// (tests/sandbox/make-fleet) in a throwaway cache, then
// - fleet_cold_start_ratio: `fleetdesk --exit-when-ready` (offscreen) until the tree is populated
//   and the window painted / `sqlite3 DB 'SELECT * FROM devices'`, medians, warm page cache;
// - fleet_rss_bytes_per_device: RSS growth when the devices are loaded from the cache into the
//   window's models (tree, filter proxy, table model when it exists) with a tree view attached;
// - fleet_filter_ratio: a query typed one character at a time into the filter proxy (what the
//   window does per keystroke: filter, expand, count, paint) / a plain linear scan of the same
//   names with `contains()` in the same process.
// Prints BENCH lines; the absolute figures are printed beside each ratio.
//
//   bench_fleet [--devices N] [--runs R] [--keep DIR]
#include "FleetFilterProxyModel.h"
#include "FleetTreeModel.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"

#if __has_include("DeviceTableModel.h")
#include "DeviceTableModel.h"
#define FLEETDESK_BENCH_TABLE_MODEL 1
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// The query of the filter benchmark, typed one character at a time: fields, then a free-text
// part of a name.
const QString TypedQuery = QStringLiteral("site:\"Osaka*\" health:offline pump-osa-00");

void bench(const char *name, double value, const char *unit, const char *op, double target)
{
    std::printf("BENCH %s %.3f %s goal %s %g\n", name, value, unit, op, target);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

qint64 rssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

bool makeFleet(const QString &db, int devices)
{
    QProcess make;
    make.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    make.start(QStringLiteral(FLEETDESK_MAKE_FLEET),
               {QStringLiteral("--db"),
                db,
                QStringLiteral("--count"),
                QString::number(devices),
                QStringLiteral("--seed"),
                QStringLiteral("1"),
                QStringLiteral("--cli"),
                QStringLiteral(FLEETDESK_CLI)});
    if (!make.waitForFinished(300000) || make.exitStatus() != QProcess::NormalExit
        || make.exitCode() != 0) {
        std::fprintf(stderr, "bench_fleet: make-fleet failed\n");
        return false;
    }
    note(QString::fromUtf8(make.readAllStandardOutput().trimmed()));
    return true;
}

// ---------------------------------------------------------------------------------------------
// Cold start

// Seconds from start until `fleetdesk --exit-when-ready` prints its ready line; -1 on failure.
double timeWindow(const QString &db, const QString &home, qint64 *readyMs)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    app.setProcessEnvironment(env);
    app.setStandardErrorFile(QProcess::nullDevice());
    const QStringList args = {QStringLiteral("--db"),
                              db,
                              QStringLiteral("--profiles"),
                              home + QStringLiteral("/profiles.json"),
                              QStringLiteral("--settings"),
                              home + QStringLiteral("/settings.ini"),
                              QStringLiteral("--language"),
                              QStringLiteral("en"),
                              QStringLiteral("--exit-when-ready")};
    QElapsedTimer timer;
    timer.start();
    app.start(QStringLiteral(FLEETDESK_APP), args);
    QByteArray out;
    while (!out.contains('\n')) {
        if (!app.waitForReadyRead(120000))
            break;
        out += app.readAllStandardOutput();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    app.waitForFinished(60000);
    const QByteArray line = out.trimmed();
    if (!line.startsWith("ready_ms ") || app.exitCode() != 0) {
        std::fprintf(
            stderr, "bench_fleet: fleetdesk did not report ready (%s)\n", line.constData());
        return -1;
    }
    *readyMs = line.mid(9).toLongLong();
    return seconds;
}

double timeSqlite(const QString &db)
{
    QProcess sqlite;
    sqlite.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {db, QStringLiteral("SELECT * FROM devices")});
    if (!sqlite.waitForFinished(120000) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "bench_fleet: sqlite3 failed\n");
        return -1;
    }
    return timer.nsecsElapsed() / 1e9;
}

bool coldStart(const QString &db, const QString &home, int runs)
{
    QDir().mkpath(home);
    qint64 readyMs = 0;
    // Warm-up (discarded): both read a warm page cache, and the window's first run writes what
    // a first run writes (settings, log directory).
    if (timeSqlite(db) < 0 || timeWindow(db, home, &readyMs) < 0)
        return false;
    std::vector<double> window;
    std::vector<double> sqlite;
    std::vector<double> inProcess;
    for (int run = 0; run < runs; ++run) {
        const double s = timeSqlite(db);
        const double w = timeWindow(db, home, &readyMs);
        if (s < 0 || w < 0)
            return false;
        sqlite.push_back(s);
        window.push_back(w);
        inProcess.push_back(readyMs / 1000.0);
    }
    const double w = median(window);
    const double s = median(sqlite);
    note(QStringLiteral("cold start: fleetdesk until ready %1 s (its own clock from main(): %2 s), "
                        "sqlite3 %3 s; medians of %4 runs")
             .arg(w, 0, 'f', 3)
             .arg(median(inProcess), 0, 'f', 3)
             .arg(s, 0, 'f', 3)
             .arg(runs));
    bench("fleet_cold_start_s", w, "s", "<=", 3 * s);
    bench("fleet_cold_start_sqlite3_s", s, "s", "info", 0);
    bench("fleet_cold_start_ratio", w / s, "x", "<=", 3);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Models: memory and filtering

// What the window does per keystroke once its debounce timer fires (MainWindow::applyFilter and
// updateFilterFeedback): filter, expand every match, count the matches, paint.
void applyKeystroke(FleetFilterProxyModel *proxy, QTreeView *view, const QString &text)
{
    proxy->setFilterText(text.trimmed());
    if (proxy->isFiltering())
        view->expandAll();
    volatile int matches = proxy->matchingDeviceCount();
    (void)matches;
    view->viewport()->repaint();
}

// The word being typed, as a plain search box would look for it: no field name, quotes or
// wildcard.
QString plainNeedle(const QString &typed, const QString &previous)
{
    QString word = typed.section(QLatin1Char(' '), -1);
    word = word.section(QLatin1Char(':'), -1);
    word.remove(QLatin1Char('"'));
    word.remove(QLatin1Char('*'));
    return word.isEmpty() ? previous : word;
}

bool models(const QString &db, int expected)
{
    const QString conn = QStringLiteral("bench_fleet");
    if (!CacheDatabase::open(db, CacheDatabase::Kind::Fleet, conn).ok())
        return false;

    FleetTreeModel tree;
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&tree);
#ifdef FLEETDESK_BENCH_TABLE_MODEL
    DeviceTableModel table;
#endif
    // As in the window (MainWindow: deviceTreeView).
    QTreeView view;
    view.setModel(&proxy);
    view.setUniformRowHeights(true);
    view.setAlternatingRowColors(true);
    view.setSortingEnabled(true);
    view.sortByColumn(FleetTreeModel::NameColumn, Qt::AscendingOrder);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(900, 700);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    QCoreApplication::processEvents();

    // Memory: RSS growth from here (cache open, empty models, view shown) to the loaded fleet.
    const qint64 before = rssBytes();
    QElapsedTimer timer;
    timer.start();
    {
        FleetRepository repo(QSqlDatabase::database(conn));
        const DeviceList devices = repo.loadDevices();
        const double loadSeconds = timer.nsecsElapsed() / 1e9;
        if (devices.size() != expected) {
            std::fprintf(stderr,
                         "bench_fleet: loaded %d devices, expected %d\n",
                         int(devices.size()),
                         expected);
            return false;
        }
        tree.setDevices(devices);
#ifdef FLEETDESK_BENCH_TABLE_MODEL
        table.setDevices(devices);
#endif
        note(QStringLiteral("load: %1 s from the cache, %2 s into the models")
                 .arg(loadSeconds, 0, 'f', 3)
                 .arg(timer.nsecsElapsed() / 1e9 - loadSeconds, 0, 'f', 3));
    }
    view.viewport()->repaint();
    QCoreApplication::processEvents();
    const qint64 after = rssBytes();
    const double perDevice = double(after - before) / expected;
    note(QStringLiteral("RSS: %1 MB before, %2 MB with %3 devices in the models%4")
             .arg(before / 1e6, 0, 'f', 1)
             .arg(after / 1e6, 0, 'f', 1)
             .arg(expected)
#ifdef FLEETDESK_BENCH_TABLE_MODEL
             .arg(QStringLiteral(" (tree, proxy, table)")));
#else
             .arg(QStringLiteral(" (tree, proxy; no table model yet)")));
#endif
    bench("fleet_rss_bytes_per_device", perDevice, "B", "<=", 2048);

    // Filtering, per keystroke.
    std::vector<QString> names;
    names.reserve(size_t(expected));
    for (const Device &device : tree.devices())
        names.push_back(device.name);
    double filterSeconds = 0;
    double scanSeconds = 0;
    double worstKeystroke = 0;
    volatile qint64 scanMatches = 0;
    QString needle;
    const int keystrokes = int(TypedQuery.size());
    for (int n = 1; n <= keystrokes; ++n) {
        const QString typed = TypedQuery.left(n);
        timer.restart();
        applyKeystroke(&proxy, &view, typed);
        const double keystroke = timer.nsecsElapsed() / 1e9;
        filterSeconds += keystroke;
        worstKeystroke = std::max(worstKeystroke, keystroke);

        needle = plainNeedle(typed, needle);
        timer.restart();
        qint64 found = 0;
        for (const QString &name : names) {
            if (name.contains(needle, Qt::CaseInsensitive))
                ++found;
        }
        scanSeconds += timer.nsecsElapsed() / 1e9;
        scanMatches = scanMatches + found;
    }
    const int shown = proxy.matchingDeviceCount();
    const double perKeystrokeMs = filterSeconds * 1000 / keystrokes;
    const double scanMs = scanSeconds * 1000 / keystrokes;
    note(QStringLiteral("filter: \"%1\" typed in %2 keystrokes: %3 ms per keystroke (worst %4 "
                        "ms), plain scan %5 ms; %6 devices match at the end")
             .arg(TypedQuery)
             .arg(keystrokes)
             .arg(perKeystrokeMs, 0, 'f', 2)
             .arg(worstKeystroke * 1000, 0, 'f', 2)
             .arg(scanMs, 0, 'f', 3)
             .arg(shown));
    bench("fleet_filter_ms_per_keystroke", perKeystrokeMs, "ms", "<", 50);
    bench("fleet_filter_scan_ms", scanMs, "ms", "info", 0);
    bench("fleet_filter_ratio", perKeystrokeMs / scanMs, "x", "<=", 10);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption devicesOption(
        QStringLiteral("devices"), QStringLiteral("fleet size"), QStringLiteral("n"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("cold-start runs per program"), QStringLiteral("n"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("work in <dir> and keep it"), QStringLiteral("dir"));
    const QCommandLineOption skipColdOption(QStringLiteral("no-cold-start"),
                                            QStringLiteral("models only"));
    parser.addOptions({devicesOption, runsOption, keepOption, skipColdOption});
    parser.addHelpOption();
    parser.process(app);
    const int devices = parser.isSet(devicesOption) ? parser.value(devicesOption).toInt() : 100000;
    const int runs = parser.isSet(runsOption) ? parser.value(runsOption).toInt() : 5;

    QTemporaryDir tmp;
    QString dir = tmp.path();
    if (parser.isSet(keepOption)) {
        dir = parser.value(keepOption);
        QDir().mkpath(dir);
    }
    const QString db = dir + QStringLiteral("/fleet.db");
    if (!QFile::exists(db) && !makeFleet(db, devices))
        return 1;
    if (!parser.isSet(skipColdOption) && !coldStart(db, dir + QStringLiteral("/home"), runs))
        return 1;
    // Models after the cold start: this process's memory is measured from a quiet baseline.
    if (!models(db, devices))
        return 1;
    CacheDatabase::close(QStringLiteral("bench_fleet"));
    return 0;
}

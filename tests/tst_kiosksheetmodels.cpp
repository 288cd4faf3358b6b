// SPDX-License-Identifier: GPL-3.0-or-later
// The two lists of sheets on the kiosk: this session's issued sheets (newest first, what became
// of each, marked once) and the sheets kept for the advisor (the one printing marked), both
// checked by Qt's model tester, with their languages named in themselves and their times in
// Swiss time whatever the machine's zone.

#include "issuedsheetmodel.h"
#include "keptsheetmodel.h"
#include "languages.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace vitrine;

class TestKioskSheetModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void issuedSheetsComeNewestFirstAndSayWhatBecameOfThem();
    void keptSheetsMarkTheOneBeingPrinted();
    void timesAreSwissAndLanguagesNameThemselves();
};

void TestKioskSheetModels::initTestCase()
{
    Languages::install(QStringLiteral("en"));
}

void TestKioskSheetModels::issuedSheetsComeNewestFirstAndSayWhatBecameOfThem()
{
    IssuedSheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy count(&model, &IssuedSheetModel::countChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QDateTime at(QDate(2026, 12, 2), QTime(8, 5), Qt::UTC);
    model.add({QStringLiteral("AAAA-AAAA-AA"), QStringLiteral("fr"), at, {}, false, false, true});
    model.add({QStringLiteral("BBBB-BBBB-BB"), QStringLiteral("de"), at, {}, false, false, true});
    QCOMPARE(model.count(), 2);
    QCOMPARE(count.size(), 2);
    QCOMPARE(model.roleNames().value(IssuedSheetModel::CodeRole), QByteArray("code"));
    QCOMPARE(int(IssuedSheetModel::CodeRole), Qt::UserRole + 1);
    QCOMPARE(model.data(model.index(0), IssuedSheetModel::CodeRole).toString(),
             QStringLiteral("BBBB-BBBB-BB"));
    QCOMPARE(model.data(model.index(0), IssuedSheetModel::StatusTextRole).toString(),
             QStringLiteral("kept to print later"));

    model.markPrinted(QStringLiteral("BBBB-BBBB-BB"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.data(model.index(0), IssuedSheetModel::PrintedRole).toBool());
    QCOMPARE(model.data(model.index(0), IssuedSheetModel::StatusTextRole).toString(),
             QStringLiteral("printed"));
    // Marked once: printing it again changes nothing.
    model.markPrinted(QStringLiteral("BBBB-BBBB-BB"));
    QCOMPARE(changed.size(), 1);
    model.markSaved(QStringLiteral("AAAA-AAAA-AA"));
    QCOMPARE(model.data(model.index(1), IssuedSheetModel::StatusTextRole).toString(),
             QStringLiteral("saved on a USB stick"));

    model.clear();
    QCOMPARE(model.count(), 0);
    QVERIFY(!model.contains(QStringLiteral("AAAA-AAAA-AA")));
}

void TestKioskSheetModels::keptSheetsMarkTheOneBeingPrinted()
{
    KeptSheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy count(&model, &KeptSheetModel::countChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QDateTime at(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC);
    model.reset({{QStringLiteral("CCCC-CCCC-CC"), QStringLiteral("it"), at, true},
                 {QStringLiteral("DDDD-DDDD-DD"), QStringLiteral("en"), at, false}});
    QCOMPARE(model.count(), 2);
    QCOMPARE(count.size(), 1);
    QVERIFY(model.data(model.index(0), KeptSheetModel::ThisSessionRole).toBool());
    QVERIFY(!model.data(model.index(1), KeptSheetModel::ThisSessionRole).toBool());

    model.setPrinting(QStringLiteral("DDDD-DDDD-DD"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.data(model.index(0), KeptSheetModel::PrintingRole).toBool());
    QVERIFY(model.data(model.index(1), KeptSheetModel::PrintingRole).toBool());
    model.setPrinting(QStringLiteral("DDDD-DDDD-DD"));
    QCOMPARE(changed.size(), 1);

    // The same number of sheets again: no count change to announce.
    model.reset({{QStringLiteral("EEEE-EEEE-EE"), QStringLiteral("fr"), at, false},
                 {QStringLiteral("FFFF-FFFF-FF"), QStringLiteral("de"), at, false}});
    QCOMPARE(count.size(), 1);
}

void TestKioskSheetModels::timesAreSwissAndLanguagesNameThemselves()
{
    KeptSheetModel model;
    // 23:30 UTC on 31 December is 00:30 on 1 January in Zurich (winter, UTC+1).
    model.reset({{QStringLiteral("GGGG-GGGG-GG"), QStringLiteral("de"),
                  QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC), false}});
    QCOMPARE(model.data(model.index(0), KeptSheetModel::TimeTextRole).toString(),
             QStringLiteral("01.01.2027 00:30"));
    QCOMPARE(model.data(model.index(0), KeptSheetModel::LanguageRole).toString(),
             QStringLiteral("Deutsch"));
    QCOMPARE(Languages::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    QCOMPARE(Languages::nativeName(QStringLiteral("it")), QStringLiteral("Italiano"));
    QCOMPARE(Languages::swissDateTime(QDateTime()), QStringLiteral("–"));
}

QTEST_GUILESS_MAIN(TestKioskSheetModels)
#include "tst_kiosksheetmodels.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk checks its dealer certificate when it opens: one that expires within
// kCertificateWarningDays is a warning for the advisor with its last day (dd.MM.yyyy), one
// valid for years is no news, a missing or unusable one says so at once, before any customer
// signs; and the warning starts exactly kCertificateWarningDays before the last day.

#include "clock.h"
#include "dealercertificate.h"
#include "languages.h"
#include "sheetcontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace vitrine;

namespace {

const QTimeZone kSwiss("Europe/Zurich");

// Noon in Switzerland on \a date: far from midnight, so a day is a day whatever the DST.
QDateTime swissNoon(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), kSwiss).toUTC();
}

// Waits until the controller's check on its worker is over.
bool checked(SheetController &sheet)
{
    if (sheet.certificateStatus() != SheetController::CertificateStatus::Checking)
        return true;
    QSignalSpy changed(&sheet, &SheetController::certificateChanged);
    while (sheet.certificateStatus() == SheetController::CertificateStatus::Checking) {
        if (!changed.wait(30000))
            return false;
    }
    return true;
}

} // namespace

class TestKioskCertificate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCertificateThatExpiresInTenDaysIsWarnedWithItsDate();
    void aCertificateValidForYearsGivesNoWarning();
    void theWarningStartsThirtyDaysBeforeTheLastDay();
    void anUnusableCertificateIsSaidAtOnce();
    void noCertificateAtAllIsSaidWithoutWakingNss();

private:
    QTemporaryDir m_dir;
    QString m_nss;
    QDateTime m_soonEnds;
    QDateTime m_laterEnds;
};

void TestKioskCertificate::initTestCase()
{
    Languages::install(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_nss = m_dir.filePath(QStringLiteral("nss"));
    // Both made before the signer wakes NSS for this folder (once per process). One that
    // expires in ten days: made five years ago less ten days, for five years.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DealerCertificate::Options soon;
    soon.nssDir = m_nss;
    soon.name = QStringLiteral("Garage Bientôt SA");
    soon.nickname = QStringLiteral("soon");
    soon.validityYears = 5;
    DealerCertificate::Error error = DealerCertificate::Error::None;
    QString message;
    const FixedClock fiveYearsAgo(now.addYears(-5).addDays(10));
    const auto made = DealerCertificate::create(soon, fiveYearsAgo, &error, &message);
    QVERIFY2(made, qPrintable(message));
    m_soonEnds = made->notAfter;
    DealerCertificate::Options later = soon;
    later.nickname = QStringLiteral("later");
    const FixedClock today(now);
    const auto other = DealerCertificate::create(later, today, &error, &message);
    QVERIFY2(other, qPrintable(message));
    m_laterEnds = other->notAfter;
}

void TestKioskCertificate::aCertificateThatExpiresInTenDaysIsWarnedWithItsDate()
{
    const QDate last = m_soonEnds.toTimeZone(kSwiss).date();
    FixedClock clock(swissNoon(last.addDays(-10)));
    SheetController sheet(clock, nullptr);
    sheet.useCertificate(m_nss, QStringLiteral("soon"));
    QVERIFY(checked(sheet));
    QCOMPARE(sheet.certificateStatus(), SheetController::CertificateStatus::ExpiresSoon);
    QVERIFY(sheet.canSign());
    QCOMPARE(sheet.certificateDaysLeft(), 10);
    QCOMPARE(sheet.certificateExpiry(), last.toString(QStringLiteral("dd.MM.yyyy")));
    QCOMPARE(sheet.certificateNotice(),
             QStringLiteral("The dealer certificate expires on %1, in 10 days.")
                 .arg(last.toString(QStringLiteral("dd.MM.yyyy"))));
    QVERIFY(sheet.certificateHelp().contains(QStringLiteral("packaging/dealer-certificate.md")));

    // The day itself.
    clock.set(swissNoon(last));
    QCOMPARE(sheet.certificateDaysLeft(), 0);
    QVERIFY(sheet.certificateNotice().contains(QStringLiteral("today")));
}

void TestKioskCertificate::aCertificateValidForYearsGivesNoWarning()
{
    FixedClock clock(QDateTime::currentDateTimeUtc());
    SheetController sheet(clock, nullptr);
    sheet.useCertificate(m_nss, QStringLiteral("later"));
    QVERIFY(checked(sheet));
    QCOMPARE(sheet.certificateStatus(), SheetController::CertificateStatus::Ready);
    QVERIFY(sheet.canSign());
    QVERIFY(sheet.certificateNotice().isEmpty());
    QVERIFY(sheet.certificateHelp().isEmpty());
    QCOMPARE(sheet.certificateExpiry(), Languages::swissDate(m_laterEnds));
}

void TestKioskCertificate::theWarningStartsThirtyDaysBeforeTheLastDay()
{
    const QDate last = m_laterEnds.toTimeZone(kSwiss).date();
    FixedClock clock(swissNoon(last.addDays(-(SheetController::kCertificateWarningDays + 1))));
    SheetController sheet(clock, nullptr);
    sheet.useCertificate(m_nss, QStringLiteral("later"));
    QVERIFY(checked(sheet));
    QCOMPARE(sheet.certificateStatus(), SheetController::CertificateStatus::Ready);
    clock.set(swissNoon(last.addDays(-SheetController::kCertificateWarningDays)));
    QCOMPARE(sheet.certificateStatus(), SheetController::CertificateStatus::ExpiresSoon);
    QCOMPARE(sheet.certificateDaysLeft(), SheetController::kCertificateWarningDays);
}

void TestKioskCertificate::anUnusableCertificateIsSaidAtOnce()
{
    FixedClock clock(QDateTime::currentDateTimeUtc());
    SheetController sheet(clock, nullptr);
    sheet.useCertificate(m_nss, QStringLiteral("nobody"));
    QVERIFY(checked(sheet));
    QCOMPARE(sheet.certificateStatus(), SheetController::CertificateStatus::Unusable);
    QVERIFY(!sheet.canSign());
    QCOMPARE(sheet.certificateNotice(),
             QStringLiteral("This kiosk cannot sign sheets with its dealer certificate."));
    // The details are the advisor's: what NSS found, and where to read how to mend it.
    QVERIFY2(sheet.certificateHelp().contains(QStringLiteral("nobody")),
             qPrintable(sheet.certificateHelp()));
    QVERIFY(sheet.certificateHelp().contains(QStringLiteral("packaging/dealer-certificate.md")));
}

void TestKioskCertificate::noCertificateAtAllIsSaidWithoutWakingNss()
{
    QTemporaryDir empty;
    FixedClock clock(QDateTime::currentDateTimeUtc());
    SheetController sheet(clock, nullptr);
    sheet.useCertificate(empty.filePath(QStringLiteral("nss")));
    // Answered at once, on the spot: there is no database to ask.
    QCOMPARE(sheet.certificateStatus(), SheetController::CertificateStatus::Unusable);
    QCOMPARE(sheet.certificateNotice(),
             QStringLiteral("This kiosk has no dealer certificate, so it cannot sign sheets."));
    QVERIFY(sheet.certificateHelp().contains(QStringLiteral("vitrine-cli cert init")));
    QVERIFY(sheet.certificateExpiry().isEmpty());
}

QTEST_MAIN(TestKioskCertificate)
#include "tst_kioskcertificate.moc"

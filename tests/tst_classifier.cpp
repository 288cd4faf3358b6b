// SPDX-License-Identifier: GPL-3.0-or-later
// The VSS-path -> category classifier: real VSS 4.2 paths land where a customer expects, paths of
// later versions land by their branch, and what is not a path or a category id is refused.

#include "category.h"
#include "classifier.h"

#include <QByteArray>
#include <QObject>
#include <QTest>

#include <optional>
#include <string_view>

using vitrine::Category;

namespace {

struct Sample
{
    const char *path;
    const char *category;
};

// Hand-picked from COVESA VSS 4.2 (typed here, not read from a file): every top-level branch of
// the standard catalogue at least once, the sub-branches whose category differs from their
// parent's, and both sides of every "most specific rule wins" split.
constexpr Sample kVss42Sample[] = {
    // location
    {"Vehicle.CurrentLocation.Latitude", "location"},
    {"Vehicle.CurrentLocation.Longitude", "location"},
    {"Vehicle.CurrentLocation.GNSSReceiver.MountingPosition.X", "location"},
    {"Vehicle.Cabin.Infotainment.Navigation.DestinationSet.Latitude", "location"},
    {"Vehicle.Cabin.Infotainment.Navigation.Map.IsAutoScaleModeUsed", "location"},
    {"Vehicle.Cabin.Infotainment.Navigation.Volume", "location"},
    // driving
    {"Vehicle.Speed", "driving"},
    {"Vehicle.AverageSpeed", "driving"},
    {"Vehicle.IsMoving", "driving"},
    {"Vehicle.StartTime", "driving"},
    {"Vehicle.TraveledDistance", "driving"},
    {"Vehicle.TraveledDistanceSinceStart", "driving"},
    {"Vehicle.TripDuration", "driving"},
    {"Vehicle.TripMeterReading", "driving"},
    {"Vehicle.Acceleration.Longitudinal", "driving"},
    {"Vehicle.Acceleration.Lateral", "driving"},
    {"Vehicle.AngularVelocity.Yaw", "driving"},
    {"Vehicle.ADAS.ABS.IsEngaged", "driving"},
    {"Vehicle.ADAS.CruiseControl.SpeedSet", "driving"},
    {"Vehicle.ADAS.DMS.IsWarning", "driving"},
    {"Vehicle.ADAS.ESC.RoadFriction.MostProbable", "driving"},
    {"Vehicle.ADAS.ActiveAutonomyLevel", "driving"},
    {"Vehicle.Chassis.Accelerator.PedalPosition", "driving"},
    {"Vehicle.Chassis.Brake.PedalPosition", "driving"},
    {"Vehicle.Chassis.Brake.IsDriverEmergencyBrakingDetected", "driving"},
    {"Vehicle.Chassis.ParkingBrake.IsEngaged", "driving"},
    {"Vehicle.Chassis.SteeringWheel.Angle", "driving"},
    {"Vehicle.Chassis.Axle.Row1.SteeringAngle", "driving"},
    {"Vehicle.Chassis.Axle.Row2.Wheel.Right.Speed", "driving"},
    {"Vehicle.Chassis.Axle.Row1.Wheel.Left.AngularSpeed", "driving"},
    // driver
    {"Vehicle.Driver.FatigueLevel", "driver"},
    {"Vehicle.Driver.HeartRate", "driver"},
    {"Vehicle.Driver.IsEyesOnRoad", "driver"},
    {"Vehicle.Driver.Identifier.Subject", "driver"},
    // cabin
    {"Vehicle.Cabin.Seat.Row1.DriverSide.IsBelted", "cabin"},
    {"Vehicle.Cabin.Seat.Row2.PassengerSide.IsOccupied", "cabin"},
    {"Vehicle.Cabin.Seat.Row1.PassengerSide.Occupant.Identifier.Subject", "cabin"},
    {"Vehicle.Cabin.Seat.Row1.DriverSide.Switch.Massage.IsIncreaseEngaged", "cabin"},
    {"Vehicle.Cabin.Door.Row1.DriverSide.IsOpen", "cabin"},
    {"Vehicle.Cabin.Door.Row2.PassengerSide.Window.Position", "cabin"},
    {"Vehicle.Cabin.HVAC.Station.Row1.Driver.Temperature", "cabin"},
    {"Vehicle.Cabin.HVAC.IsAirConditioningActive", "cabin"},
    {"Vehicle.Cabin.Light.AmbientLight.Row1.DriverSide.Color", "cabin"},
    {"Vehicle.Cabin.Sunroof.Position", "cabin"},
    {"Vehicle.Cabin.RearviewMirror.DimmingLevel", "cabin"},
    {"Vehicle.Cabin.DoorCount", "cabin"},
    {"Vehicle.Occupant.Row1.DriverSide.HeadPosition.Yaw", "cabin"},
    {"Vehicle.Occupant.Row2.PassengerSide.MidEyeGaze.Azimuth", "cabin"},
    {"Vehicle.Occupant.Row1.PassengerSide.Identifier.Issuer", "cabin"},
    // phone
    {"Vehicle.Cabin.Infotainment.SmartphoneProjection.Active", "phone"},
    {"Vehicle.Cabin.Infotainment.SmartphoneProjection.SupportedMode", "phone"},
    {"Vehicle.Cabin.Infotainment.SmartphoneScreenMirroring.Source", "phone"},
    // media
    {"Vehicle.Cabin.Infotainment.Media.Played.Artist", "media"},
    {"Vehicle.Cabin.Infotainment.Media.Volume", "media"},
    {"Vehicle.Cabin.Infotainment.HMI.CurrentLanguage", "media"},
    {"Vehicle.Cabin.Infotainment.PowerOptimizeLevel", "media"},
    // identity
    {"Vehicle.VehicleIdentification.VIN", "identity"},
    {"Vehicle.VehicleIdentification.LicensePlate", "identity"},
    {"Vehicle.VehicleIdentification.PurchaseDate", "identity"},
    // vehicle
    {"Vehicle.Chassis.Axle.Row1.Wheel.Left.Tire.Pressure", "vehicle"},
    {"Vehicle.Chassis.Axle.Row2.Wheel.Right.Brake.PadWear", "vehicle"},
    {"Vehicle.Chassis.Axle.Row1.TireDiameter", "vehicle"},
    {"Vehicle.Chassis.Wheelbase", "vehicle"},
    {"Vehicle.Body.Lights.LicensePlate.IsOn", "vehicle"},
    {"Vehicle.Body.Trunk.Rear.IsOpen", "vehicle"},
    {"Vehicle.Body.Windshield.Front.Wiping.Mode", "vehicle"},
    {"Vehicle.Body.Mirrors.DriverSide.Pan", "vehicle"},
    {"Vehicle.OBD.DistanceSinceDTCClear", "vehicle"},
    {"Vehicle.OBD.Speed", "vehicle"},
    {"Vehicle.OBD.Status.IsMILOn", "vehicle"},
    {"Vehicle.Diagnostics.DTCList", "vehicle"},
    {"Vehicle.Service.DistanceToService", "vehicle"},
    {"Vehicle.LowVoltageBattery.CurrentVoltage", "vehicle"},
    {"Vehicle.LowVoltageSystemState", "vehicle"},
    {"Vehicle.Exterior.AirTemperature", "vehicle"},
    {"Vehicle.Connectivity.IsConnectivityAvailable", "vehicle"},
    {"Vehicle.Trailer.IsConnected", "vehicle"},
    {"Vehicle.IsBrokenDown", "vehicle"},
    {"Vehicle.IsAutoPowerOptimize", "vehicle"},
    {"Vehicle.PowerOptimizeLevel", "vehicle"},
    {"Vehicle.CurrentOverallWeight", "vehicle"},
    {"Vehicle.CurbWeight", "vehicle"},
    {"Vehicle.GrossWeight", "vehicle"},
    {"Vehicle.MaxTowWeight", "vehicle"},
    {"Vehicle.MaxTowBallWeight", "vehicle"},
    {"Vehicle.RoofLoad", "vehicle"},
    {"Vehicle.CargoVolume", "vehicle"},
    {"Vehicle.EmissionsCO2", "vehicle"},
    {"Vehicle.Length", "vehicle"},
    {"Vehicle.Height", "vehicle"},
    {"Vehicle.Width", "vehicle"},
    {"Vehicle.WidthExcludingMirrors", "vehicle"},
    {"Vehicle.WidthIncludingMirrors", "vehicle"},
    {"Vehicle.WidthFoldedMirrors", "vehicle"},
    {"Vehicle.TurningDiameter", "vehicle"},
    // energy
    {"Vehicle.Powertrain.TractionBattery.StateOfCharge.Current", "energy"},
    {"Vehicle.Powertrain.TractionBattery.Charging.IsCharging", "energy"},
    {"Vehicle.Powertrain.TractionBattery.Charging.Location.Latitude", "energy"},
    {"Vehicle.Powertrain.FuelSystem.RelativeLevel", "energy"},
    {"Vehicle.Powertrain.CombustionEngine.Speed", "energy"},
    {"Vehicle.Powertrain.ElectricMotor.Torque", "energy"},
    {"Vehicle.Powertrain.Transmission.TravelledDistance", "energy"},
    {"Vehicle.Powertrain.Range", "energy"},
    // software
    {"Vehicle.VersionVSS.Major", "software"},
    {"Vehicle.VersionVSS.Label", "software"},
};

// Paths a later VSS version, an earlier one, or an OEM extension of the same tree would use.
constexpr Sample kOtherVersionSample[] = {
    {"Vehicle.Cabin.Seat.Row1.DriverSide.IsVentilationOn", "cabin"},
    {"Vehicle.Cabin.Seat.Row3.Middle.IsBelted", "cabin"},
    {"Vehicle.CurrentLocation.GNSSReceiver.SatelliteCount", "location"},
    {"Vehicle.Cabin.Infotainment.Navigation.Route.Waypoint1.Latitude", "location"},
    {"Vehicle.Cabin.Infotainment.Navigation.CurrentLocation.Latitude", "location"}, // VSS 2
    {"Vehicle.Cabin.Infotainment.SmartphoneScreenMirroring.Resolution", "phone"},
    {"Vehicle.Cabin.Infotainment.PhoneConnected", "phone"},
    {"Vehicle.Cabin.Infotainment.Media.Played.Genre", "media"},
    {"Vehicle.Cabin.Infotainment.HMI.Theme", "media"},
    {"Vehicle.Driver.Identifier.Name", "driver"},
    {"Vehicle.ADAS.LaneKeepAssist.IsEngaged", "driving"},
    {"Vehicle.Chassis.SteeringWheel.Torque", "driving"},
    {"Vehicle.Chassis.Axle.Row3.Wheel.Left.Speed", "driving"},
    {"Vehicle.MotionManagement.Steering.SteeringWheel.Angle", "driving"},
    {"Vehicle.Safety.RolloverDetected", "driving"},
    {"Vehicle.TripAverageSpeed", "driving"},
    {"Vehicle.TravelledDistance", "driving"},                               // VSS 3 spelling
    {"Vehicle.TraveledDistanceHighRes", "driving"},                         // VSS 3
    {"Vehicle.Drivetrain.InternalCombustionEngine.Engine.Speed", "energy"}, // VSS 2
    {"Vehicle.Powertrain.TractionBattery.CellVoltage.Cell12", "energy"},
    {"Vehicle.Chassis.Axle.Row1.Wheel.Left.Tire.TreadDepth", "vehicle"},
    {"Vehicle.Body.Lights.Beam.Matrix.IsOn", "vehicle"},
    {"Vehicle.Connectivity.WiFi.SSID", "vehicle"},
    {"Vehicle.ControlUnit.Central.ID", "vehicle"},
    {"Vehicle.SoftwareUpdate.Status", "software"},
    {"Vehicle.FirmwareVersion", "software"},
    {"Vehicle.SomeNewBranch.SomeSignal", "vehicle"},
    {"Vehicle.OEM_Extension.Value1", "vehicle"},
};

QByteArray idOf(std::optional<Category> category)
{
    if (!category)
        return QByteArrayLiteral("(none)");
    const std::string_view id = vitrine::categoryId(*category);
    return QByteArray(id.data(), static_cast<qsizetype>(id.size()));
}

std::string_view viewOf(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

void addSampleRows(const Sample *begin, const Sample *end)
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("category");
    for (const Sample *s = begin; s != end; ++s)
        QTest::addRow("%s", s->path) << QByteArray(s->path) << QByteArray(s->category);
}

} // namespace

class TestClassifier : public QObject
{
    Q_OBJECT

private slots:
    void realVss42PathLandsInTheExpectedCategory_data()
    {
        addSampleRows(std::begin(kVss42Sample), std::end(kVss42Sample));
    }
    void realVss42PathLandsInTheExpectedCategory()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, category);
        QCOMPARE(idOf(vitrine::classifyVssPath(viewOf(path))), category);
    }

    void otherVersionPathLandsByItsBranch_data()
    {
        addSampleRows(std::begin(kOtherVersionSample), std::end(kOtherVersionSample));
    }
    void otherVersionPathLandsByItsBranch()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, category);
        QCOMPARE(idOf(vitrine::classifyVssPath(viewOf(path))), category);
    }

    void realSampleReachesEveryCategory()
    {
        vitrine::CategorySet seen = 0;
        for (const Sample &s : kVss42Sample) {
            if (const auto category = vitrine::classifyVssPath(s.path))
                seen |= vitrine::categoryBit(*category);
        }
        for (Category c : vitrine::allCategories())
            QVERIFY2(seen & vitrine::categoryBit(c), vitrine::categoryId(c).data());
    }

    void branchPathLandsLikeItsSignals_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("category");
        QTest::addRow("cabin branch") << QByteArray("Vehicle.Cabin") << QByteArray("cabin");
        QTest::addRow("infotainment branch")
            << QByteArray("Vehicle.Cabin.Infotainment") << QByteArray("media");
        QTest::addRow("navigation branch")
            << QByteArray("Vehicle.Cabin.Infotainment.Navigation") << QByteArray("location");
        QTest::addRow("axle instance without wheel")
            << QByteArray("Vehicle.Chassis.Axle.Row1.Wheel.Left") << QByteArray("vehicle");
    }
    void branchPathLandsLikeItsSignals()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, category);
        QCOMPARE(idOf(vitrine::classifyVssPath(viewOf(path))), category);
    }

    void branchNamesBelowTheRootIgnoreAsciiCase_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("category");
        QTest::addRow("lower-case location")
            << QByteArray("Vehicle.currentLocation.latitude") << QByteArray("location");
        QTest::addRow("lower-case navigation")
            << QByteArray("Vehicle.cabin.infotainment.navigation.destinationSet")
            << QByteArray("location");
        QTest::addRow("upper-case speed") << QByteArray("Vehicle.SPEED") << QByteArray("driving");
    }
    void branchNamesBelowTheRootIgnoreAsciiCase()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, category);
        QCOMPARE(idOf(vitrine::classifyVssPath(viewOf(path))), category);
    }

    void nonPathIsRefused_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("root alone") << QByteArray("Vehicle");
        QTest::addRow("root and dot") << QByteArray("Vehicle.");
        QTest::addRow("lower-case root") << QByteArray("vehicle.speed");
        QTest::addRow("upper-case root") << QByteArray("VEHICLE.Speed");
        QTest::addRow("other root") << QByteArray("Vehicles.Speed");
        QTest::addRow("no dot after root") << QByteArray("VehicleSpeed");
        QTest::addRow("empty segment") << QByteArray("Vehicle..Speed");
        QTest::addRow("trailing dot") << QByteArray("Vehicle.Speed.");
        QTest::addRow("leading dot") << QByteArray(".Vehicle.Speed");
        QTest::addRow("leading space") << QByteArray(" Vehicle.Speed");
        QTest::addRow("trailing space") << QByteArray("Vehicle.Speed ");
        QTest::addRow("space inside") << QByteArray("Vehicle.Cabin.Seat.Row1.Driver Side");
        QTest::addRow("wildcard") << QByteArray("Vehicle.Cabin.*");
        QTest::addRow("brackets") << QByteArray("Vehicle.Cabin.Seat[1]");
        QTest::addRow("slashes") << QByteArray("Vehicle/Speed");
        QTest::addRow("non-ascii") << QByteArray("Vehicle.Sp\xc3\xa9\x65\x64");
        QTest::addRow("embedded nul") << QByteArray("Vehicle.Speed\0X", 15);
        QTest::addRow("category id") << QByteArray("location");
        QTest::addRow("free word") << QByteArray("gps");
    }
    void nonPathIsRefused()
    {
        QFETCH(QByteArray, item);
        QCOMPARE(idOf(vitrine::classifyVssPath(viewOf(item))), QByteArray("(none)"));
    }

    void pathIsReadWithinItsViewOnly()
    {
        // A view into a larger buffer (as the record reader hands it over): no terminator.
        const std::string_view buffer = "Vehicle.SpeedOfSound";
        QCOMPARE(idOf(vitrine::classifyVssPath(buffer.substr(0, 13))), QByteArray("driving"));
        QCOMPARE(idOf(vitrine::classifyVssPath(buffer)), QByteArray("vehicle"));
    }

    void categoryIdIsADataItem_data()
    {
        QTest::addColumn<QByteArray>("item");
        for (Category c : vitrine::allCategories()) {
            const std::string_view id = vitrine::categoryId(c);
            QTest::addRow("%s", id.data())
                << QByteArray(id.data(), static_cast<qsizetype>(id.size()));
        }
    }
    void categoryIdIsADataItem()
    {
        QFETCH(QByteArray, item);
        QCOMPARE(idOf(vitrine::classifyDataItem(viewOf(item))), item);
    }

    void vssPathIsADataItem_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<QByteArray>("category");
        QTest::addRow("speed") << QByteArray("Vehicle.Speed") << QByteArray("driving");
        QTest::addRow("media volume")
            << QByteArray("Vehicle.Cabin.Infotainment.Media.Volume") << QByteArray("media");
        QTest::addRow("unnamed branch")
            << QByteArray("Vehicle.SomeNewBranch") << QByteArray("vehicle");
    }
    void vssPathIsADataItem()
    {
        QFETCH(QByteArray, item);
        QFETCH(QByteArray, category);
        QCOMPARE(idOf(vitrine::classifyDataItem(viewOf(item))), category);
    }

    void otherDataItemIsRefused_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("capitalised id") << QByteArray("Location");
        QTest::addRow("upper-case id") << QByteArray("VEHICLE");
        QTest::addRow("id with leading space") << QByteArray(" location");
        QTest::addRow("id with trailing space") << QByteArray("location ");
        QTest::addRow("id prefix") << QByteArray("loc");
        QTest::addRow("free word") << QByteArray("gps");
        QTest::addRow("unknown bucket") << QByteArray("unknown");
        QTest::addRow("root alone") << QByteArray("Vehicle");
        QTest::addRow("lower-case path") << QByteArray("vehicle.speed");
    }
    void otherDataItemIsRefused()
    {
        QFETCH(QByteArray, item);
        QCOMPARE(idOf(vitrine::classifyDataItem(viewOf(item))), QByteArray("(none)"));
    }
};

QTEST_APPLESS_MAIN(TestClassifier)
#include "tst_classifier.moc"

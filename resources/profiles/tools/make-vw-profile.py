# SPDX-License-Identifier: GPL-3.0-or-later
# Builds resources/profiles/vw-data-act.json from a local copy of the VW group EU Data Act data dictionary (data_dictionary.json).
"""
Usage:
    python3 make-vw-profile.py DATA_DICTIONARY_JSON [-o OUTPUT]

DATA_DICTIONARY_JSON is a local copy of custom_components/vw_eu_data_act/data_dictionary.json
from the GitHub repository mikrohard/hass-vw-eu-data-act (commit
b45078dfc84f98efef474e02d924498aa1866a8d), a JSON conversion of the Volkswagen group's
"EU Data Act - List of Continuous Data" V4.0: {"<key uuid>": {"cluster", "description",
"name", "type", "unit"}, ...}. The script only reads that file; it never downloads anything.

Every key is mapped by its uuid, never by name alone: a kind comes from the default of the
key's first cluster other than "All Data", unless KIND_BY_KEY or KIND_BY_NAME below say
otherwise (those are the hand decisions). "mapped" is "cluster" when the kind and category
equal the default of any of the key's listed clusters (ignoring "All Data" when the key has
another cluster), else "hand". Double-encoded UTF-8 (mojibake) in a written field is repaired
(latin-1 -> utf-8); mojibake in descriptions, which are not written, is listed in the notes.
"""
import argparse
import json
import os
import re
import sys
from collections import OrderedDict

CATEGORIES = ("location", "driving", "driver", "cabin", "phone", "media", "identity", "vehicle", "energy", "software")

# id, category, fr, de (Swiss: no sharp s), it, en
KINDS = [
    ("charging", "energy", "Recharge de la voiture", "Laden des Autos", "Ricarica dell'auto", "Charging the car"),
    ("battery", "energy", "État de la batterie", "Zustand der Batterie", "Stato della batteria", "Battery condition"),
    ("range-fuel", "energy", "Autonomie et carburant", "Reichweite und Treibstoff", "Autonomia e carburante", "Range and fuel"),
    ("consumption", "energy", "Consommation d'énergie", "Energieverbrauch", "Consumo di energia", "Energy use"),
    ("position", "location", "Position de la voiture", "Standort des Autos", "Posizione dell'auto", "Location of the car"),
    ("trips", "driving", "Trajets et kilomètres", "Fahrten und Kilometer", "Viaggi e chilometri", "Trips and mileage"),
    ("driving-style", "driving", "Vitesse et style de conduite", "Tempo und Fahrstil", "Velocità e stile di guida", "Speed and driving style"),
    ("climate", "cabin", "Climatisation et chauffage", "Klima und Heizung", "Clima e riscaldamento", "Climate and heating"),
    ("phone", "phone", "Téléphone et réseau mobile", "Telefon und Mobilfunknetz", "Telefono e rete mobile", "Phone and mobile network"),
    ("assistance-calls", "phone", "Appels d'assistance", "Pannen- und Infoanrufe", "Chiamate di assistenza", "Assistance calls"),
    ("media-titles", "media", "Artistes, albums et chansons", "Künstler, Alben und Lieder", "Artisti, album e brani", "Artists, albums and songs"),
    ("audio", "media", "Source audio et volume", "Audioquelle und Lautstärke", "Sorgente audio e volume", "Audio source and volume"),
    ("voice-assistant", "media", "Assistant vocal", "Sprachassistent", "Assistente vocale", "Voice assistant"),
    ("accounts", "identity", "Comptes et identifiants", "Konten und Kennungen", "Account e identificativi", "Accounts and IDs"),
    ("doors-locks", "vehicle", "Portes, vitres et serrures", "Türen, Fenster und Schlösser", "Porte, finestrini e serrature", "Doors, windows and locks"),
    ("alarm", "vehicle", "Alarme antivol", "Alarmanlage", "Allarme antifurto", "Anti-theft alarm"),
    ("lights", "vehicle", "Phares et feux", "Scheinwerfer und Lichter", "Fari e luci", "Lights"),
    ("parking", "vehicle", "Stationnement", "Parkieren", "Parcheggio", "Parking"),
    ("tyres", "vehicle", "Pneus et pression", "Reifen und Reifendruck", "Pneumatici e pressione", "Tyres and pressure"),
    ("odometer", "vehicle", "Kilométrage total", "Kilometerstand", "Chilometraggio totale", "Total mileage"),
    ("service", "vehicle", "Service et entretien", "Service und Wartung", "Servizio e manutenzione", "Service and maintenance"),
    ("warnings", "vehicle", "Témoins et messages d'alerte", "Warnleuchten und Meldungen", "Spie e messaggi di avviso", "Warning lights and messages"),
    ("technical-state", "vehicle", "État technique", "Technischer Zustand", "Stato tecnico", "Technical condition"),
    ("trailer", "vehicle", "Remorque", "Anhänger", "Rimorchio", "Trailer"),
    ("report-details", "vehicle", "Détails techniques des envois", "Technische Angaben zum Versand", "Dettagli tecnici degli invii", "Technical report details"),
]
KIND_CATEGORY = {k[0]: k[1] for k in KINDS}

# default kind of each dictionary cluster
CLUSTER_KIND = {
    "All Data": "report-details",
    "Charging": "charging",
    "Trip Statistics": "trips",
    "Vehicle Access": "doors-locks",
    "Maintenance Related Information": "service",
    "Vehicle Status": "technical-state",
    "Climatisation and Heating": "climate",
    "Dashboard Measurements": "range-fuel",
    "Breakdown": "warnings",
    "Parking Data": "parking",
    "Vehicle Warning Lights": "warnings",
    "Infotainment Related Data": "audio",
    "Vehicle Location Tracking": "position",
    "Driving Behaviour": "driving-style",
    "Dynamic Technical Data Campaigns": "technical-state",
}

# "time" for names whose every key is the time a report was captured or sent
TIME_BY_NAME = {
    "car_captured_utc_timestamp": "captured",
    "long_trip.car_captured_timestamp": "captured",
    "profile_state_report.car_captured_time": "delivery",
    "long_trip.message_received_timestamp": "delivery",
}

# hand decisions: kind for every key of a name, where it differs from the cluster default
KIND_BY_NAME = {
    'AAG_Anhaenger_erkannt_XIX_Anhaenger_02_XIX_HCP4_CANFD01': 'trailer',
    'BCM_Bremsbelag_Sensor_XIX_BCM_01_XIX_E3V_VLAN_Connect': 'service',
    'BCS_BrkFldWarn_XIX_ESC_03_XIX_HCP1_FlexRay_A': 'warnings',
    'BDM_I_Bereich_XIX_BDMs_Ruhe_XIX_HCP5_LIN01': 'battery',
    'BDM_I_Bereich_dyn_XIX_BDMs_Dyn_XIX_HCP5_LIN01': 'battery',
    'BDM_Spannung_XIX_BDMs_Ruhe_XIX_HCP5_LIN01': 'battery',
    'BDM_Spannung_dyn_XIX_BDMs_Dyn_XIX_HCP5_LIN01': 'battery',
    'BDM_Strom_XIX_BDMs_Ruhe_XIX_HCP5_LIN01': 'battery',
    'BDM_Strom_dyn_XIX_BDMs_Dyn_XIX_HCP5_LIN01': 'battery',
    'BMC_IWU_Wert_neg_XIX_BMC_HV_02_XIX_HCP4_CANFD03': 'battery',
    'BMC_IWU_Wert_pos_XIX_BMC_HV_02_XIX_HCP4_CANFD03': 'battery',
    'BMC_IstZellspannungMax_XIX_BMC_HV_02_XIX_HCP4_CANFD03': 'battery',
    'BMC_IstZellspannungMin_XIX_BMC_HV_02_XIX_HCP4_CANFD03': 'battery',
    'BMC_NutzbarerSOC_XIX_BMC_HV_02_XIX_HCP4_CANFD03': 'battery',
    'BMC_RuecklaufTemperatur_XIX_BMC_HV_03_XIX_HCP5_CANFD01': 'battery',
    'BMC_Spannung_XIX_BMC_HV_01_XIX_HCP5_CANFD02': 'battery',
    'BMC_Temperatur_XIX_BMC_HV_03_XIX_HCP5_CANFD01': 'battery',
    'BMC_VorlaufTemperatur_XIX_BMC_HV_03_XIX_HCP5_CANFD01': 'battery',
    'BMS_RuecklaufTemperatur_XIX_BMS_25_XIX_E3V_VLAN_Connect': 'battery',
    'BMS_Status_Ventil2_XIX_BMS_25_XIX_E3V_VLAN_Connect': 'battery',
    'BMS_VorlaufTemperatur_XIX_BMS_25_XIX_E3V_VLAN_Connect': 'battery',
    'CHA_CurProf_XIX_Charisma_20_XIX_HCP4_CANFD03': 'driving-style',
    'DCA_HMI_com_volkswagenag_assistant_SPEECH_DIALOG_ASR_UseCase_1_0': 'voice-assistant',
    'DCA_HMI_com_volkswagenag_assistant_SPEECH_DIALOG_UseCase_1_0': 'voice-assistant',
    'DC_IstStrom_NV_XIX_DCDC_01_XIX_E3V_VLAN_Connect': 'battery',
    'DPM_StTarDrvPosn': 'driving-style',
    'DW_Kilometerstand_XIX_Diagnose_01_XIX_HCP5_CANFD01': 'odometer',
    'DW_Kilometerstand_XIX_Diagnose_01_XIX_HCP5_CANFD02': 'odometer',
    'ELM1_WGen': 'consumption',
    'ELM1_WMot': 'consumption',
    'Estimated Range With Current Charge': 'range-fuel',
    'Fuel level': 'range-fuel',
    'GRA_Tip_Setzen': 'driving-style',
    'GRA_Tip_Wiederaufnahme': 'driving-style',
    'HVLM_Aktive_Ladeart_XIX_HVLM_14_XIX_HCP4_CANFD03': 'charging',
    'HVLM_Ladeszenario_XIX_HVLM_14_XIX_HCP4_CANFD03': 'charging',
    'HVLM_MaxLadeleistungDcFzg_XIX_HVLM_17_XIX_HCP5_CANFD01': 'charging',
    'HVLM_Max_Strom_Netz_L1_XIX_HVLM_13_XIX_HCP5_CANFD01': 'charging',
    'HVLM_Max_Strom_Netz_L2_XIX_HVLM_13_XIX_HCP5_CANFD01': 'charging',
    'HVLM_Max_Strom_Netz_L3_XIX_HVLM_13_XIX_HCP5_CANFD01': 'charging',
    'HVLM_OBG_SollModus_XIX_HVLM_13_XIX_HCP4_CANFD03': 'charging',
    'HVLM_SollSOCFzgPlc_XIX_HVLM_PLC_01_XIX_HCP5_CANFD01': 'charging',
    'HVLM_VasAnzeige_ZielSoc_XIX_HVLM_17_XIX_HCP5_CANFD01': 'charging',
    'HVLS_SteckerVeriegelungStatus_A_XIX_HVLS_Ladedose_SG1_XIX_HCP5_CANFD01': 'charging',
    'HVLS_SteckerVeriegelungStatus_B_XIX_HVLS_Ladedose_SG2_XIX_HCP5_CANFD01': 'charging',
    'HVLS_Steckerstatus_SG1_XIX_HVLS_Ladedose_SG1_XIX_HCP5_CANFD01': 'charging',
    'HVLS_Temp_AC_A_XIX_HVLS_Ladedose_SG1_XIX_HCP5_CANFD01': 'charging',
    'HVLS_Temp_AC_B_XIX_HVLS_Ladedose_SG2_XIX_HCP5_CANFD01': 'charging',
    'HVLS_Temp_DC_minus_XIX_HVLS_Ladedose_SG1_XIX_HCP5_CANFD01': 'charging',
    'HVLS_Temp_DC_plus_XIX_HVLS_Ladedose_SG1_XIX_HCP5_CANFD01': 'charging',
    'LL_TirePressMonit1UDS_ ReadDataByIdentMeasu Value_Left front tire pressure sensor remaining operation time_0x4E94': 'tyres',
    'LL_TirePressMonit1UDS_ ReadDataByIdentMeasu Value_Left rear tire pressure sensor remaining operation time_0x4E96': 'tyres',
    'LL_TirePressMonit1UDS_ ReadDataByIdentMeasu Value_Right front tire pressure sensor remaining operation time_0x4E95': 'tyres',
    'LL_TirePressMonit1UDS_ ReadDataByIdentMeasu Value_Right rear tire pressure sensor remaining operation time_0x4E97': 'tyres',
    'LVB_Restladezeit_XIX_HVLM_13_XIX_HCP4_CANFD03': 'charging',
    'LWI_AgStgWhl': 'driving-style',
    'OBD_Aussen_Temp_gef_XIX_OBD_03_XIX_HCP5_CANFD01': 'climate',
    'Oil level': 'service',
    'Plug Position': 'charging',
    'Residual Energy In Percent': 'battery',
    'VDSO_ALatOfsCmp': 'driving-style',
    'VDSO_ALgtOfsCmp': 'driving-style',
    'VDSO_AgReWhlStgAxl': 'driving-style',
    'VDSO_AgvYawRateOfsCmp': 'driving-style',
    'VDSO_DKmtg_XIX_VDSO_09_XIX_HCP4_CANFD01': 'odometer',
    'VDSO_FlgWhlMoveDet_XIX_VDSO_03_XIX_HCP5_CANFD05': 'driving-style',
    'VDSO_Vx3dGNSS': 'driving-style',
    'VDSO_Vx3dKmph_XIX_VDSO_05_XIX_HCP5_CANFD01': 'driving-style',
    'additional_consumptions.additional_comfort_consumption': 'consumption',
    'additional_consumptions.residual_consumption': 'consumption',
    'battery_charging_status_soc': 'battery',
    'battery_level_HV.battery_level_HV.state': 'battery',
    'battery_level_HV.battery_level_HV.value': 'battery',
    'battery_level_HV.is_set': 'battery',
    'battery_level_HV.state': 'battery',
    'battery_level_HV.value': 'battery',
    'battery_state_report.cruising_ranges.[*].engine_type': 'range-fuel',
    'battery_state_report.cruising_ranges.[*].range': 'range-fuel',
    'battery_state_report.cruising_ranges.[*].unit': 'range-fuel',
    'battery_state_report.soc': 'battery',
    'bem_alert_time': 'battery',
    'bem_level': 'battery',
    'boardnetBatteryVoltageIndication': 'battery',
    'calibration_activation': 'battery',
    'calibration_failure': 'battery',
    'calibration_failure_reason': 'battery',
    'calibration_need_detected': 'battery',
    'calibration_request_method': 'battery',
    'calibration_requests.calibration_request_escalation_1': 'battery',
    'calibration_requests.calibration_request_escalation_2': 'battery',
    'calibration_requests.calibration_request_initial': 'battery',
    'calibration_state': 'battery',
    'charge_mode_selection_options.only_own_current': 'charging',
    'cruising_range_combined': 'range-fuel',
    'cruising_range_primary_engine': 'range-fuel',
    'cruising_range_secondary_engine': 'range-fuel',
    'cso_v1_drivingenvironment_outdoorTemperature_subscribe': 'climate',
    'cso_v1_drivingenvironment_roadattributes_streetClass_subscribe': 'position',
    'cso_v1_vehicle_body_exterior_lights_highbeam_status_subscribe': 'lights',
    'cso_v1_vehicle_body_exterior_lights_lowbeam_status_subscribe': 'lights',
    'cso_v1_vehicle_highvoltage_charging_chargingoptions_targetSoc_subscribe': 'charging',
    'cso_v1_vehicle_tripstatistics_total_mileage_subscribe': 'odometer',
    'doorTrunkStateIndication': 'doors-locks',
    'dwa_active_state': 'alarm',
    'dwa_alarm_reason': 'alarm',
    'dwa_alarm_state': 'alarm',
    'energy_contents.current_energy_content.physical_value': 'battery',
    'energy_contents.current_energy_content.value_type': 'battery',
    'energy_contents.maximal_energy_content.physical_value': 'battery',
    'energy_contents.maximal_energy_content.value_type': 'battery',
    'engineState': 'technical-state',
    'engine_status': 'technical-state',
    'engine_type': 'technical-state',
    'enginehood.is_set': 'doors-locks',
    'enginehood.locked': 'doors-locks',
    'enginehood.open': 'doors-locks',
    'enginehood.safe': 'doors-locks',
    'enginehood.state': 'doors-locks',
    'estimatedcruisingrangeprimary.is_set': 'range-fuel',
    'estimatedcruisingrangeprimary.state': 'range-fuel',
    'estimatedcruisingrangeprimary.unit': 'range-fuel',
    'estimatedcruisingrangeprimary.value': 'range-fuel',
    'estimatedcruisingrangesecondary.is_set': 'range-fuel',
    'estimatedcruisingrangesecondary.state': 'range-fuel',
    'estimatedcruisingrangesecondary.unit': 'range-fuel',
    'estimatedcruisingrangesecondary.value': 'range-fuel',
    'expires_in': 'accounts',
    'first_active_consumer_': 'consumption',
    'fogLightFrontIndication': 'lights',
    'fogLightRearIndication': 'lights',
    'fuel_level': 'range-fuel',
    'fuel_level.fuel_level': 'range-fuel',
    'fuel_level.is_set': 'range-fuel',
    'fuel_level.state': 'range-fuel',
    'fuel_level.value': 'range-fuel',
    'highBeamFrontIndication': 'lights',
    'hv_soc': 'battery',
    'hvbatterytemperature.is_set': 'battery',
    'hvbatterytemperature.max_temperature': 'battery',
    'hvbatterytemperature.min_temperature': 'battery',
    'idp_idt': 'accounts',
    'in_cabin_temperature.measurement_state': 'climate',
    'in_cabin_temperature.temperature': 'climate',
    'locked': 'doors-locks',
    'max_number_users': 'accounts',
    'max_temperature': 'battery',
    'maximum_speed': 'driving-style',
    'mileage': 'odometer',
    'mileage.is_set': 'odometer',
    'mileage.state': 'odometer',
    'mileage.unit': 'odometer',
    'mileage.value': 'odometer',
    'min_temperature': 'battery',
    'open': 'doors-locks',
    'outdoor_temperature': 'climate',
    'outdoor_temperature.is_set': 'climate',
    'outdoor_temperature.measurement_state': 'climate',
    'outdoor_temperature.outdoor_temperature': 'climate',
    'outdoor_temperature.temperature': 'climate',
    'parkingBrakeIndication': 'parking',
    'percent_open': 'doors-locks',
    'plug_states.[*].flap_lock_state': 'charging',
    'plug_states.[*].infrastructure_state': 'charging',
    'plug_states.[*].lock_state': 'charging',
    'plug_states.[*].plug_connection_state': 'charging',
    'plug_states.[*].plug_position': 'charging',
    'primaryEngineFuelLevelSensorStateIndication': 'range-fuel',
    'profile_state_report.profiles.[*].max_charge_current': 'charging',
    'profile_state_report.profiles.[*].minimum_soc': 'charging',
    'profile_state_report.profiles.[*].profile_id': 'charging',
    'profile_state_report.profiles.[*].profile_name': 'charging',
    'profile_state_report.profiles.[*].profile_options.auto_unlock_ac': 'charging',
    'profile_state_report.profiles.[*].profile_options.use_external_service': 'charging',
    'profile_state_report.profiles.[*].profile_options.use_private_current_enabled': 'charging',
    'profile_state_report.profiles.[*].profile_type': 'charging',
    'profile_state_report.profiles.[*].profile_uuid': 'charging',
    'profile_state_report.profiles.[*].target_soc': 'charging',
    'profile_state_report.profiles.[*].timers.[*].activation_state': 'charging',
    'profile_state_report.profiles.[*].timers.[*].charge_option': 'charging',
    'profile_state_report.profiles.[*].timers.[*].single.departure_date_time': 'charging',
    'profile_state_report.profiles.[*].timers.[*].timer_id': 'charging',
    'profile_state_report.profiles.[*].timers.[*].timer_uuid': 'charging',
    'radio/media - Album': 'media-titles',
    'radio/media - Artist': 'media-titles',
    'radio/media - Song Title': 'media-titles',
    'safe': 'doors-locks',
    'scope_potential_total': 'consumption',
    'scr_number_of_engine_starts': 'service',
    'second_active_consumer_': 'consumption',
    'second_energy_saving_hints_amount_': 'consumption',
    'secondaryEngineBatteryStateOfChargeIndication': 'battery',
    'service_key_data': 'accounts',
    'service_key_data_state': 'accounts',
    'setting.bcam_activation': 'charging',
    'settings.auto_unlock_ac': 'charging',
    'settings.charge_mode_selection': 'charging',
    'settings.max_charge_current_ac': 'charging',
    'settings.target_range': 'charging',
    'settings.target_soc': 'charging',
    'short_term_data_zero_emission_distance': 'trips',
    'slope_consumption_values.ascent_slope_consumption.physical_value': 'consumption',
    'slope_consumption_values.ascent_slope_consumption.value_type': 'consumption',
    'slope_consumption_values.descent_slope_consumption.physical_value': 'consumption',
    'slope_consumption_values.descent_slope_consumption.value_type': 'consumption',
    'speed.[*].mileage_with_unit.mileage_state': 'driving-style',
    'start_exceeding': 'driving-style',
    'start_stop_action': 'charging',
    'state_ext_cond_available_front_left': 'climate',
    'state_ext_cond_available_front_right': 'climate',
    'state_ext_cond_available_rear_left': 'climate',
    'state_ext_cond_available_rear_left_second': 'climate',
    'state_ext_cond_available_rear_right': 'climate',
    'state_ext_cond_available_rear_right_second': 'climate',
    'state_front_left_door_window_lifter': 'doors-locks',
    'state_front_right_door_window_lifter': 'doors-locks',
    'state_mirror_heating_active': 'climate',
    'state_of_charge': 'battery',
    'state_of_hood': 'doors-locks',
    'state_rear_left_door_window_lifter': 'doors-locks',
    'state_rear_right_door_window_lifter': 'doors-locks',
    'state_service_hatch': 'doors-locks',
    'state_spoiler': 'doors-locks',
    'state_sunroof_motor_hood_1': 'doors-locks',
    'state_sunroof_motor_hood_3': 'doors-locks',
    'state_zone_active_front_left': 'climate',
    'state_zone_active_front_right': 'climate',
    'state_zone_active_rear_left': 'climate',
    'state_zone_active_rear_left_second_': 'climate',
    'state_zone_active_rear_right': 'climate',
    'state_zone_active_rear_right_second_': 'climate',
    'sunrooffront.is_set': 'doors-locks',
    'sunrooffront.open': 'doors-locks',
    'sunrooffront.percent_open': 'doors-locks',
    'sunrooffront.state': 'doors-locks',
    'third_active_consumer_': 'consumption',
    'third_energy_saving_hints_amount_': 'consumption',
    'timers.[*].activation_state': 'charging',
    'timers.[*].single.departure_date_time': 'charging',
    'timers.[*].timer_id': 'charging',
    'tires.[*].actual_pressure': 'tyres',
    'tires.[*].is_set': 'tyres',
    'tires.[*].position': 'tyres',
    'tires.[*].required_pressure': 'tyres',
    'tires.[*].state': 'tyres',
    'tires.[*].unit': 'tyres',
    'trailer_consumption_offset_value': 'trailer',
    'trailer_found.state': 'trailer',
    'trailer_found.value': 'trailer',
    'trailer_state': 'trailer',
    'trueness': 'position',
    'trunk.is_set': 'doors-locks',
    'trunk.locked': 'doors-locks',
    'trunk.open': 'doors-locks',
    'trunk.safe': 'doors-locks',
    'trunk.state': 'doors-locks',
    'tyre_pressure_actual_front_left': 'tyres',
    'tyre_pressure_actual_front_right': 'tyres',
    'tyre_pressure_actual_rear_left': 'tyres',
    'tyre_pressure_actual_rear_right': 'tyres',
    'tyre_pressure_actual_spare_tyre': 'tyres',
    'tyre_pressure_differential_front_left': 'tyres',
    'tyre_pressure_differential_front_right': 'tyres',
    'tyre_pressure_differential_rear_left': 'tyres',
    'tyre_pressure_differential_rear_right': 'tyres',
    'tyre_pressure_differential_spare_tyre': 'tyres',
    'tyre_pressure_required_front_left': 'tyres',
    'tyre_pressure_required_front_right': 'tyres',
    'tyre_pressure_required_rear_left': 'tyres',
    'tyre_pressure_required_rear_right': 'tyres',
    'tyre_pressure_required_spare_tyre': 'tyres',
    'user_id': 'accounts',
    'verification_uri_complete': 'accounts',
    'viwi_CallServices_2.0.0_get_basicServiceInfo': 'phone',
    'viwi_DriverNotification_1.2.0_get_notifications': 'warnings',
    'viwi_DriverNotification_3.0.1_get_notifications': 'warnings',
    'window_heating_error_code': 'climate',
    'window_heating_state': 'climate',
}

# hand decisions for single keys whose name is shared by keys of different meaning (value, trigger_type)
KIND_BY_KEY = {
    '0ca40e18-0564-3eda-bcc0-7aee9ef44f04': 'range-fuel',
    '200bb4a2-a0b4-368e-be30-ce7ef22551d4': 'assistance-calls',
    '2e227fdd-9aec-3745-87df-5931c1b2dd69': 'assistance-calls',
    '32cc717b-b632-3191-953c-653c1fb8eaef': 'assistance-calls',
    '4c364670-03ed-35eb-83f8-7b517b8807cd': 'assistance-calls',
    '5b13bc8d-4bd7-3947-8e90-188595d1c9a8': 'assistance-calls',
    '668ecdba-aa47-3522-8edf-5f297b5918ee': 'assistance-calls',
    '6d4e6a95-4661-3886-8ac0-77b243d19b09': 'assistance-calls',
    '9ee96f87-ad89-399a-a2a1-c2ffb064b471': 'assistance-calls',
    'a3634814-4911-38f8-902a-bd08f6c85354': 'assistance-calls',
    'a77763b9-b0d3-3fc3-8a60-9a52f17cbecf': 'assistance-calls',
    'ac7e9ed2-6dfd-346b-b029-385a9c9c17d6': 'assistance-calls',
    'afaf3e17-8d75-3465-a907-ad4c9bff61ca': 'assistance-calls',
    'b52563ed-8be6-37e1-a61b-61e91798a7b4': 'assistance-calls',
    'b56f7d21-9665-3ba4-959a-bd718e75abbb': 'assistance-calls',
    'be7bfad9-c610-344a-8cb4-f7ba048473a5': 'assistance-calls',
    'c11c26b1-40d4-35e9-839d-3801508eca94': 'assistance-calls',
    'c860261c-4f19-3697-bcbf-eb272723aab2': 'assistance-calls',
    'cd55a1fe-b7ee-31f7-a1d3-f6298f1103bb': 'assistance-calls',
    'e537aaa8-db42-33b2-b58e-494392b0c756': 'assistance-calls',
    'e8b8da87-6f73-3fa1-8267-9659f634c36d': 'assistance-calls',
    'eabc207e-9548-3319-8e89-487102f300f0': 'assistance-calls',
}

# car_captured_time and timestamp keys: 'delivery' where the description says the report was sent,
# 'captured' where it says captured/reported (or only repeats the name car_captured_time); the others get no time
TIME_BY_KEY = {
    '1acad4b1-8026-357f-acf7-a5c18fe23f3f': 'delivery',
    '228a34f4-23c7-36e8-a9cf-977caa442759': 'delivery',
    '2496cd73-8a68-318c-a159-200ecfd0e47d': 'delivery',
    '29e50a87-82cc-3d99-aebb-b890052d1feb': 'delivery',
    '2b33b7f0-738f-328d-b6c8-bee45e803a47': 'delivery',
    '2b60ce28-ee9b-327b-80bb-4d4b0d4a5bc3': 'captured',
    '42986641-9117-3669-89eb-430e8c415ca7': 'delivery',
    '45db10d7-e757-31bc-b3cb-cc3f26c03333': 'captured',
    '45e8d399-9030-3853-87db-6b8b4d48309a': 'captured',
    '47015e31-2d7f-3cda-a6c3-0dfa3123b925': 'delivery',
    '49483a41-6452-3438-ac80-2087775c4fe5': 'delivery',
    '4ac05f4e-e67d-34e5-b306-ecf2cbea0deb': 'captured',
    '4ee56d80-061b-385a-ab8c-5b30ac7649b1': 'delivery',
    '607783dd-f37e-3890-8b6e-34b4798a1b14': 'delivery',
    '72e1ae0b-580f-371a-b3b7-730a66df681e': 'captured',
    '77f91d75-860e-3691-a408-9dab060f89ee': 'delivery',
    '785c7ccc-76e4-36d4-ba27-8c9ed664e6c7': 'captured',
    '7c8ec93e-74ce-3761-985d-5580f0f4bf26': 'delivery',
    '831cb207-047c-3d7d-b6ed-5433bfe1cbe7': 'captured',
    '8754cf24-0741-3f45-ac17-764ba960139f': 'delivery',
    '87c0286f-a663-3082-ba14-86685054ad9d': 'captured',
    '88714bc5-5c84-35e0-a0ce-d8fd54ad4633': 'delivery',
    '8883bf69-2d6a-322f-a910-be34ec77a2a4': 'captured',
    '89a55664-59a4-3a91-9f6e-83668467ac0c': 'delivery',
    '89f70f79-0bc0-345d-aba3-5a8d2140e7d4': 'captured',
    '90dc52b2-e0ab-3a86-941a-e9aead718222': 'delivery',
    '95cb1f03-d6f5-3f52-8954-61139bdb99d6': 'captured',
    '9e1dc4b0-7c24-35b9-9986-2c939bd44c3f': 'delivery',
    '9f69b287-0df9-374c-aec1-32f09a81f07b': 'captured',
    'a4041a54-c604-3e72-b182-158271ff4e7d': 'captured',
    'a6b9cb56-3538-3b6c-ac3d-338309c857fd': 'captured',
    'ae3569a4-3e3e-350b-9dd4-0b675132918d': 'captured',
    'b2099e28-7c8a-31eb-9c98-c133563af210': 'captured',
    'bad0afe1-23a4-39c7-b233-6dab350fa26c': 'captured',
    'bc85e77a-7d12-3d08-89e3-7505c752dc37': 'captured',
    'beafe64e-9076-3034-aaae-bda0d1bbc3be': 'captured',
    'c797bbd6-cb02-3be2-8d4e-9fdc083d7343': 'captured',
    'c7cdaf19-c935-3e3b-84b9-ed173519765c': 'delivery',
    'c7ffb8a5-0dc3-3dca-bacf-153f0d3fd4fa': 'captured',
    'c8901fd0-07cb-3578-814c-e47d14b51a69': 'delivery',
    'df0ec81d-ce2e-397d-9301-e42fedb203c1': 'captured',
    'e3295e62-2ffb-3fc3-a7ce-7ccb43efebbf': 'captured',
    'e332925d-fdef-3f14-89f4-76b841f005b8': 'delivery',
    'e86632ec-b96f-3232-9bf9-ebe27e990afb': 'captured',
    'ee9423a8-f1eb-3142-880e-88c12a52d1c5': 'captured',
    'f122e87c-f121-37de-bffd-7ca663e597c7': 'captured',
    'f25e91bb-c5f3-3e35-b54b-4bcccbdc4cb9': 'delivery',
    'f9e0f13e-be8c-359c-a00b-7418a34b3420': 'captured',
    'fce3b0f3-6206-3d8c-bf1c-905b5a2e1fb0': 'delivery',
}

# string fields described as a date/time or timestamp (decode iso-or-epoch-ms)
ISO_TIME_NAMES = [
    'battery_state_report.charge_target_time',
    'car_captured_time',
    'instrument_cluster_time',
    'long_trip.car_captured_timestamp',
    'long_trip.message_received_timestamp',
    'long_trip.vehicle_trip_data.timestamp',
    'profile_state_report.car_captured_time',
    'profile_state_report.instrument_cluster_time',
    'profile_state_report.next_charging_timer_information.estimated_finish_time',
    'profile_state_report.next_charging_timer_information.estimated_start_time',
    'profile_state_report.profiles.[*].timers.[*].single.departure_date_time',
    'short_trip.reset_timestamp',
    'timers.[*].single.departure_date_time',
    'timestamp',
]

# keys whose description is double-encoded UTF-8 at commit b45078d (used when the input has no descriptions)
KNOWN_MOJIBAKE = [
    '0198f4be-42dc-7127-ba6f-fb11c6ecd04a',
    '0198f4be-42dc-7127-ba6f-fb11c6ecd0cc',
    '0198f4be-42dc-7127-ba6f-fb11c6ecd0d1',
    '0198f4be-42dc-7127-ba6f-fb11c6ecd0d4',
    '0198f4be-cd01-7118-b448-6448743738a5',
    '0198f4be-cd01-7118-b448-6448743738a8',
    '0198f4be-cd01-7118-b448-6448743738ab',
    '0198f4be-cd01-7118-b448-6448743738b0',
    '0198f4be-cd01-7118-b448-6448743738b6',
    '0198f4be-cd01-7118-b448-6448743738bb',
    '0198f4be-cd01-7118-b448-6448743738c2',
    '0198f4be-cd01-7118-b448-6448743738c9',
    '0198f4be-cd01-7118-b448-6448743738cc',
    '0198f4be-d841-7aa8-8057-bb7a93b1bd05',
    '01990dc3-ad7e-7c08-a0d6-3110676ff542',
    '01990dc3-ad7e-7c08-a0d6-3110676ff543',
    '01990dc3-ad7e-7c08-a0d6-3110676ff54b',
    '01990dc3-ad7e-7c08-a0d6-3110676ff54c',
    '3c691e30-8c0e-3d8a-be41-7d2b770aeada',
]

# keys whose description holds a double-encoded U+FFFD at commit b45078d
KNOWN_REPLACEMENT_CHAR = [
    '0718582b-7259-3c9a-818a-ea848a7365a8',
    '1f44781f-0021-3d0c-b38f-6eaac5db3eee',
    '374014c4-2fd5-3d73-ac75-7c949e726f00',
    '42ea1549-2286-3c73-8778-3b7349e98048',
    '5feaf5db-29c9-3e59-9f5d-68d19a562a80',
    '6132f36f-a856-3467-a976-639559a1370b',
    '73cc6e4b-2dd8-3c41-9985-87b125b4e71e',
    '74039fb6-281b-33d8-aba5-d7fb58b53525',
    '8d508462-17e7-3027-8980-cbbbc86d9496',
    '9ccc6b06-fb4a-3ed9-b377-72a35c7f8f16',
    'a04d086d-70bb-30c2-8361-68da66b4fd97',
    'b1fa453b-1e5b-391e-a535-a1082f4db926',
    'b24b8c24-662b-3540-9bf3-6ea953e5303e',
    'b6ea5ae8-53ff-386d-8415-1baa0602bbb6',
    'b932e36f-5017-3001-94fa-69e23d85db9a',
    'bafabdff-671e-331f-825d-d193cd397c5d',
    'bfdb7061-4630-3db1-87cc-a478675780d0',
    'c600e6a7-1799-31b3-9cee-1af018705e8a',
    'dc4a4716-2205-352f-802f-8d7d59705c5b',
    'f295ae23-0485-3ccb-830b-58c644a04f2e',
    'f2e30577-7407-3875-972d-9493ef12efcb',
    'fd6897c0-6d7c-3efe-b875-27b24aa668fd',
]


# a UTF-8 sequence (2 or 3 bytes) that was read as latin-1 characters
_DOUBLE_ENCODED = re.compile("[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}")


def _decode_one(match):
    try:
        return match.group().encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group()


def repair(text):
    """Undo UTF-8 that was read as latin-1 once (e.g. 'K\u00c3\u00bchlmittel' -> 'K\u00fchlmittel'), piece by piece."""
    if not isinstance(text, str):
        return text
    return _DOUBLE_ENCODED.sub(_decode_one, text)


def has_mojibake(text):
    """A-tilde or A-circumflex: the lead byte of a double-encoded German umlaut, sharp s or no-break space."""
    return isinstance(text, str) and any(c in text for c in "\u00c3\u00c2")


def clusters_of(entry):
    return [c.strip() for c in entry.get("cluster", "").split(",") if c.strip()]


def own_clusters(clusters):
    specific = [c for c in clusters if c != "All Data"]
    return specific or ["All Data"]


def build(dictionary):
    warnings = []
    keys, cluster_order = [], []
    written_repairs, desc_mojibake, desc_replacement = [], [], []
    have_descriptions = any((v.get("description") or "").strip() for v in dictionary.values())
    for key, raw in dictionary.items():
        entry = {f: repair(raw.get(f, "")) for f in ("cluster", "name", "type", "unit")}
        if any(has_mojibake(raw.get(f, "")) for f in ("cluster", "name", "type", "unit")):
            written_repairs.append(key)
        if has_mojibake(raw.get("description", "")):
            desc_mojibake.append(key)
        if "\u00ef\u00bf\u00bd" in (raw.get("description") or ""):
            desc_replacement.append(key)
        clusters = clusters_of(entry)
        for c in clusters:
            if c not in CLUSTER_KIND:
                sys.exit(f"unknown cluster {c!r} on key {key}: add it to CLUSTER_KIND")
            if c not in cluster_order:
                cluster_order.append(c)
        own = own_clusters(clusters)
        name = entry["name"]
        kind = KIND_BY_KEY.get(key) or KIND_BY_NAME.get(name) or CLUSTER_KIND[own[0]]
        category = KIND_CATEGORY[kind]
        mapped = "cluster" if any(CLUSTER_KIND[c] == kind for c in own) else "hand"
        out = OrderedDict(key=key, name=name, cluster=entry["cluster"])
        if entry["unit"]:
            out["unit"] = entry["unit"]
        if entry["type"]:
            out["type"] = entry["type"]
        out["kind"], out["category"], out["mapped"] = kind, category, mapped
        time = TIME_BY_KEY.get(key) or TIME_BY_NAME.get(name)
        if time:
            out["time"] = time
        decode = None
        if entry["type"] == "enum":
            decode = "enum"
        elif entry["unit"] == "dK":
            decode = "deci-kelvin"
        elif entry["type"] == "string" and name in ISO_TIME_NAMES:
            decode = "iso-or-epoch-ms"
        if decode:
            out["decode"] = decode
        keys.append(out)
    for table, label in ((KIND_BY_KEY, "KIND_BY_KEY"), (TIME_BY_KEY, "TIME_BY_KEY")):
        for key in table:
            if key not in dictionary:
                warnings.append(f"{label} names key {key}, which is not in the dictionary")
    if have_descriptions:
        if desc_mojibake != KNOWN_MOJIBAKE or desc_replacement != KNOWN_REPLACEMENT_CHAR:
            warnings.append("mojibake found in descriptions differs from KNOWN_MOJIBAKE / KNOWN_REPLACEMENT_CHAR; the notes use what was found")
    else:
        warnings.append("the input has no descriptions: the mojibake notes use KNOWN_MOJIBAKE / KNOWN_REPLACEMENT_CHAR as read from commit b45078d")
        desc_mojibake, desc_replacement = list(KNOWN_MOJIBAKE), list(KNOWN_REPLACEMENT_CHAR)
    return keys, cluster_order, written_repairs, desc_mojibake, desc_replacement, warnings


def notes_for(dictionary, keys, written_repairs, desc_mojibake, desc_replacement):
    def label(k):
        return f"{k} ({repair(dictionary[k]['name'])})" if k in dictionary else k
    n = len(keys)
    epoch_s = sum(1 for e in keys if e["name"] == "car_captured_utc_timestamp")
    repaired = ("Repaired in what is written here (name, unit, type or cluster): " + "; ".join(label(k) for k in written_repairs) + "."
                if written_repairs else
                "Their name, unit, type and cluster are clean ASCII, so nothing written in this profile needed the latin-1 to utf-8 repair; descriptions are not copied here.")
    return [
        f"Mojibake: {len(desc_mojibake)} entries of the JSON conversion carry double-encoded UTF-8 (UTF-8 bytes read as latin-1: "
        "umlauts and the sharp s shown as an A-tilde plus a second character, and in one entry an A-circumflex before each no-break space), "
        "in the description field: " + "; ".join(label(k) for k in desc_mojibake) + ". "
        + ("18 of them are German umlauts or the sharp s; 3c691e30-8c0e-3d8a-be41-7d2b770aeada is the no-break space one. "
           if desc_mojibake == KNOWN_MOJIBAKE else "") + repaired,
        f"A further {len(desc_replacement)} entries have a double-encoded U+FFFD replacement character in their description; decoding gives only U+FFFD, "
        "the original character (probably a degree sign, a quote or an apostrophe) is lost. Also description-only, nothing written here is affected: "
        + "; ".join(label(k) for k in desc_replacement) + ".",
        f"Key count: the dictionary conversion holds {n} entries and all {n} are listed here, in the dictionary's own (sorted) key order. "
        "Unusual types are copied as given: 'datetime' on active_warnings_in_instrument_cluster_feff_filtered (unit 'Hex (Interpreted)'), "
        "'object' on parkingBrakeIndication, 'unsignedint' on mileage; 72 Dynamic Technical Data Campaigns keys and a few others have no type or unit.",
        "Clusters: the dictionary gives a comma-separated cluster list per key, copied unchanged into 'cluster'. 'All Data' is on almost every key, "
        "so a key counts as 'mapped: cluster' when its kind and category equal the default of any of its listed clusters other than 'All Data' "
        "(or of 'All Data' when that is its only cluster).",
        "Not in this dictionary: no GPS latitude/longitude or parking position, no seat occupancy, tiredness, attention or heart rate, "
        "no contacts, call log or messages, no VIN key and no software version or update keys. So the categories 'driver' and 'software' have no keys, "
        "and 'location' has only trueness (quality of the position fix) and the street class signal. Parking Data defaults to kind parking / "
        "category vehicle because its keys here are the parking brake, parking lights and standstill, not a position.",
        "time: most car_captured_time and all profile_state_report.car_captured_time descriptions say when the report was sent (to the OCU or the backend), "
        "so they are 'delivery'; car_captured_time keys described only as 'The string value of \"car captured time\"' are 'captured' going by the name, "
        "which is a guess. car_captured_utc_timestamp (described as the creation time) and long_trip.car_captured_timestamp are 'captured', "
        "long_trip.message_received_timestamp is 'delivery'. Of the 'timestamp' keys only the three described as the time of the reported vehicle "
        "information, of the mileage report or of the aggregated driver notification are 'captured'; those described as 'UTC Time', "
        "'System time of the vehicle in UTC' or 'The string value of \"timestamp\"' have no time field.",
        f"decode: car_captured_utc_timestamp ({epoch_s} keys) is described as seconds since 1 January 1970 in a string, so it has no decode: "
        "iso-or-epoch-ms would read seconds as milliseconds. 'iso-or-epoch-ms' is set only on string fields described as a date, time or timestamp; "
        "preferred_charging_times start_time/end_time (clock times such as 00:00) and charge_target_time ('#'-delimited day, hour, minute, ...) have none. "
        "'deci-kelvin' only on outside_temperature (unit dK); cso_v1_drivingenvironment_outdoorTemperature_subscribe is in Kelvin and "
        "in_cabin_temperature.temperature / outdoor_temperature.temperature use a 0.1 degC / 0.25 degF code, so no decode. No duration is given in seconds "
        "(durations are in min or days), so 'duration-s' is unused. 'enum' is set on every key of type enum; int fields whose description lists coded "
        "states (0 unsupported, 1 invalid, ...) have no decode.",
        "Hand decisions I am not sure of: the Dynamic Technical Data Campaigns signals were sorted by their (often German) descriptions; the BDM_* "
        "signals have empty descriptions and are under battery on the guess that BDM is a battery data module; trigger_type keys described as "
        "'Trigger of the call service (ROA, ICL, USM, ...)' are assistance calls (category phone) while the generic 'The string value of \"trigger type\"' "
        "ones stay report details; maximum_speed, start_exceeding and speed.[*].mileage_with_unit.mileage_state look like a speed alert service and are "
        "under driving style; tracking_id, tracking_mode, is_*_activated, actuation_s, service_level.[*], value, distance.*, unit, "
        "remaining_time_finished.* and start_stop_modification are too vague and stay report details (the one 'value' described as the primary range "
        "is under range and fuel); timers.[*] departure timers are under charging although they can also start climatisation; state of charge keys "
        "inside the Charging cluster were moved to battery; the voice assistant signals are in category media for want of a better one; outdoor "
        "temperatures stay with climate (cabin); 'Plug Position' sits in Trip Statistics in the dictionary but is under charging; profile_name holds "
        "user-chosen charging profile names (e.g. 'House_charging') and may contain personal words.",
    ]


def main():
    parser = argparse.ArgumentParser(description="Build the vw-data-act profile from a local data_dictionary.json.")
    parser.add_argument("dictionary", help="local copy of data_dictionary.json")
    parser.add_argument("-o", "--output", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vw-data-act.json"))
    args = parser.parse_args()
    with open(args.dictionary, encoding="utf-8") as f:
        dictionary = json.load(f, object_pairs_hook=OrderedDict)
    keys, cluster_order, written_repairs, desc_mojibake, desc_replacement, warnings = build(dictionary)
    profile = OrderedDict()
    profile["profile"] = "vw-data-act"
    profile["version"] = 1
    profile["source"] = ("Volkswagen group, 'EU Data Act – List of Continuous Data', V4.0 (data dictionary of the EU Data Act continuous data export); "
                         "JSON conversion from GitHub repository mikrohard/hass-vw-eu-data-act, file "
                         "custom_components/vw_eu_data_act/data_dictionary.json, commit b45078dfc84f98efef474e02d924498aa1866a8d")
    profile["notes"] = notes_for(dictionary, keys, written_repairs, desc_mojibake, desc_replacement)
    profile["kinds"] = [OrderedDict(id=i, category=c, names=OrderedDict(fr=fr, de=de, it=it, en=en)) for i, c, fr, de, it, en in KINDS]
    profile["clusters"] = [OrderedDict(cluster=c, kind=CLUSTER_KIND[c], category=KIND_CATEGORY[CLUSTER_KIND[c]]) for c in cluster_order]
    profile["keys"] = keys
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(json.dumps(profile, ensure_ascii=False, indent=2) + "\n")
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    hand = sum(1 for e in keys if e["mapped"] == "hand")
    print(f"{len(keys)} keys, {hand} mapped by hand, {len(cluster_order)} clusters -> {args.output}")


if __name__ == "__main__":
    main()

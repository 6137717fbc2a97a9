<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../app/cli/outboxcommand.cpp" line="97"/>
        <source>%n parked delivery(s) queued again.</source>
        <translation>
            <numerusform>%n parked delivery queued again.</numerusform>
            <numerusform>%n parked deliveries queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/outboxcommand.cpp" line="182"/>
        <source>%n try(s), last answer: </source>
        <translation>
            <numerusform>%n try, last answer: </numerusform>
            <numerusform>%n tries, last answer: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::ChargingProfilesPage</name>
    <message numerus="yes">
        <location filename="../ui/chargingprofilespage.cpp" line="30"/>
        <source>Ask the CPO for the limit in force over the next %n minute(s)</source>
        <translation>
            <numerusform>Ask the CPO for the limit in force over the next %n minute</numerusform>
            <numerusform>Ask the CPO for the limit in force over the next %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chargingprofilespage.cpp" line="118"/>
        <source>%n session(s) with charging profile requests</source>
        <translation>
            <numerusform>%n session with charging profile requests</numerusform>
            <numerusform>%n sessions with charging profile requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::CommandsPage</name>
    <message numerus="yes">
        <location filename="../ui/commandspage.cpp" line="94"/>
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n command</numerusform>
            <numerusform>%n commands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectEditorDialog</name>
    <message numerus="yes">
        <location filename="../ui/objecteditordialog.cpp" line="182"/>
        <source>%n problem(s) to fix; nothing was sent.</source>
        <translation>
            <numerusform>%n problem to fix; nothing was sent.</numerusform>
            <numerusform>%n problems to fix; nothing was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectListEditor</name>
    <message numerus="yes">
        <location filename="../ui/objectlisteditor.cpp" line="270"/>
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1 (%n problem)</numerusform>
            <numerusform>%1 (%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectListPage</name>
    <message numerus="yes">
        <location filename="../ui/objectlistpage.cpp" line="225"/>
        <source>%n object(s), %1 ours</source>
        <translation>
            <numerusform>%n object, %1 ours</numerusform>
            <numerusform>%n objects, %1 ours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::ParkedDeliveriesView</name>
    <message numerus="yes">
        <location filename="../ui/parkeddeliveriesview.cpp" line="72"/>
        <source>Refused by the partner (parked): %n</source>
        <translation>
            <numerusform>Refused by the partner (parked): %n</numerusform>
            <numerusform>Refused by the partner (parked): %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerDetailsView</name>
    <message numerus="yes">
        <location filename="../ui/partnerdetailsview.cpp" line="161"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerdetailsview.cpp" line="163"/>
        <source>, %n refused by the partner</source>
        <translation>
            <numerusform>, %n refused by the partner</numerusform>
            <numerusform>, %n refused by the partner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::PartnersPage</name>
    <message numerus="yes">
        <location filename="../ui/partnerspage.cpp" line="443"/>
        <source>%n refused push(es) to %1 queued again.</source>
        <translation>
            <numerusform>%n refused push to %1 queued again.</numerusform>
            <numerusform>%n refused pushes to %1 queued again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::ProfileChart</name>
    <message numerus="yes">
        <location filename="../ui/profilechart.cpp" line="81"/>
        <source>%n more step(s)</source>
        <translation>
            <numerusform>%n more step</numerusform>
            <numerusform>%n more steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::ReservationsPage</name>
    <message numerus="yes">
        <location filename="../ui/reservationspage.cpp" line="150"/>
        <source>%n reservation(s)</source>
        <translation>
            <numerusform>%n reservation</numerusform>
            <numerusform>%n reservations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::StatusPage</name>
    <message numerus="yes">
        <location filename="../ui/statuspage.cpp" line="173"/>
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n day %1</numerusform>
            <numerusform>%n days %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficPage</name>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="259"/>
        <source>Exported %n exchange(s) to %1</source>
        <translation>
            <numerusform>Exported %n exchange to %1</numerusform>
            <numerusform>Exported %n exchanges to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="345"/>
        <source>Newest %n exchange(s); older ones are read as you scroll</source>
        <translation>
            <numerusform>Newest %n exchange; older ones are read as you scroll</numerusform>
            <numerusform>Newest %n exchanges; older ones are read as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="346"/>
        <source>%1 of the newest %n exchange(s); older ones are read as you scroll</source>
        <translation>
            <numerusform>%1 of the newest %n exchange; older ones are read as you scroll</numerusform>
            <numerusform>%1 of the newest %n exchanges; older ones are read as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="350"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="351"/>
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 of %n exchange</numerusform>
            <numerusform>%1 of %n exchanges</numerusform>
        </translation>
    </message>
</context>
</TS>

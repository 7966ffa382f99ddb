<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>KneeReason</name>
    <message>
        <source>QPS flat</source>
        <translation>QPS flach</translation>
    </message>
    <message>
        <source>p95 over the limit</source>
        <translation>p95 über der Grenze</translation>
    </message>
    <message>
        <source>failure rate over the limit</source>
        <translation>Fehlerrate über der Grenze</translation>
    </message>
</context>
<context>
    <name>MetricDefinitions</name>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Actual send → end of the stream (data: [DONE], or the body&apos;s end), per successful request. Time to headers is reported apart; Plateau&apos;s Locust-compatible CSV files use this latency as their response time.</source>
        <translation>Tatsächliches Senden → Ende des Streams (data: [DONE] oder Ende des Bodys), je erfolgreicher Anfrage. Die Zeit bis zu den Headern wird getrennt ausgewiesen; Plateaus Locust-kompatible CSV-Dateien verwenden diese Latenz als Antwortzeit.</translation>
    </message>
    <message>
        <source>Time to headers</source>
        <translation>Zeit bis zu den Headern</translation>
    </message>
    <message>
        <source>Send → response headers complete. Locust-based scripts report only this and call it latency; for a streaming agent it says little about what users wait for.</source>
        <translation>Senden → Antwort-Header vollständig. Locust-basierte Skripte melden nur diesen Wert und nennen ihn Latenz; bei einem streamenden Agenten sagt er wenig darüber, worauf Benutzer warten.</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Time to first token: send → the first text delta (an answer token); tool-call and other events do not count. Time to first event is reported apart.</source>
        <translation>Zeit bis zum ersten Token: Senden → das erste Text-Delta (ein Antwort-Token); Tool-Aufrufe und andere Ereignisse zählen nicht. Die Zeit bis zum ersten Ereignis wird getrennt ausgewiesen.</translation>
    </message>
    <message>
        <source>Time to first event</source>
        <translation>Zeit bis zum ersten Ereignis</translation>
    </message>
    <message>
        <source>Send → the first SSE event of any kind, reported apart from TTFT.</source>
        <translation>Senden → das erste SSE-Ereignis jeder Art, getrennt von TTFT ausgewiesen.</translation>
    </message>
    <message>
        <source>ITL</source>
        <translation>ITL</translation>
    </message>
    <message>
        <source>Inter-token latency, per request: (last delta − first delta) / (deltas − 1).</source>
        <translation>Latenz zwischen Tokens, je Anfrage: (letztes Delta − erstes Delta) / (Deltas − 1).</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>Time per output token, per request: (latency − TTFT) / (deltas − 1).</source>
        <translation>Zeit pro Ausgabe-Token, je Anfrage: (Latenz − TTFT) / (Deltas − 1).</translation>
    </message>
    <message>
        <source>QPS of a step</source>
        <translation>QPS einer Stufe</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Requests completed inside the step&apos;s window (after the settle period), divided by the window&apos;s length. A TTFT sample is never counted as a request.</source>
        <translation>Innerhalb des Fensters der Stufe (nach der Einschwingzeit) abgeschlossene Anfragen, geteilt durch die Länge des Fensters. Ein TTFT-Messwert zählt nie als Anfrage.</translation>
    </message>
    <message>
        <source>QPS ok</source>
        <translation>QPS ok</translation>
    </message>
    <message>
        <source>Like QPS, counting only the requests that succeeded (failures excluded). Requests cancelled at the end of a test are neither ok nor failed.</source>
        <translation>Wie QPS, zählt aber nur erfolgreiche Anfragen (ohne Fehler). Am Ende eines Tests abgebrochene Anfragen sind weder ok noch fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Failed / completed requests, shown as a percentage (thresholds take the ratio: 0.15 is 15 %). Requests cancelled at the end of a test are not failures. Each failure class (connect, TLS, HTTP status, 429, redirect, auth, content type, no [DONE], no text delta, mid-stream error, protocol, stall and total timeout) is counted apart.</source>
        <translation>Fehlgeschlagene / abgeschlossene Anfragen, als Prozentsatz angezeigt (Schwellenwerte nehmen den Anteil: 0.15 sind 15 %). Am Ende eines Tests abgebrochene Anfragen sind keine Fehler. Jede Fehlerklasse (Verbindung, TLS, HTTP-Status, 429, Weiterleitung, Auth, Content-Type, kein [DONE], kein Text-Delta, Fehler im Stream, Protokoll, Stillstand und Gesamt-Timeout) wird getrennt gezählt.</translation>
    </message>
    <message>
        <source>Latency from intended send</source>
        <translation>Latenz ab geplantem Senden</translation>
    </message>
    <message>
        <source>Open-loop profiles: intended send time → end of the stream, which includes any queueing in the generator (coordinated omission).</source>
        <translation>Open-Loop-Profile: geplanter Sendezeitpunkt → Ende des Streams, einschließlich jeder Warteschlange im Generator (Coordinated Omission).</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>The step with the highest QPS ok: its QPS ok (peak QPS ok) and the number of concurrent users it ran with (users at peak).</source>
        <translation>Die Stufe mit den meisten QPS ok: ihre QPS ok (Spitzen-QPS ok) und die Zahl gleichzeitiger Benutzer, mit der sie lief (Benutzer an der Spitze).</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knick</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The last step that still scaled: after it, added users raised QPS by less than the set fraction of the linear expectation, or latency p95 or the failure rate crossed its limit (one noisy step is not a knee). When the first step is already over a limit, the knee is that step.</source>
        <translation>Die letzte Stufe, die noch skalierte: danach steigerten zusätzliche Benutzer die QPS um weniger als den eingestellten Anteil der linearen Erwartung, oder Latenz p95 oder Fehlerrate überschritten ihre Grenze (eine einzelne verrauschte Stufe ist kein Knick). Liegt schon die erste Stufe über einer Grenze, ist sie der Knick.</translation>
    </message>
    <message>
        <source>Generator bound</source>
        <translation>Generator-begrenzt</translation>
    </message>
    <message>
        <source>The load generator itself ran out of CPU or its event loop lagged: the numbers are a floor for the server, not its limit.</source>
        <translation>Dem Lastgenerator selbst ging die CPU aus oder seine Event-Loop hing nach: Die Werte sind eine Untergrenze für den Server, nicht seine Grenze.</translation>
    </message>
    <message>
        <source>Percentiles</source>
        <translation>Perzentile</translation>
    </message>
    <message>
        <source>Real percentiles from log-linear histograms (within 1 % relative error), merged across worker threads; not Locust&apos;s rounded ones. Timings count successful requests only; whole-target values cover every step of the ramp.</source>
        <translation>Echte Perzentile aus log-linearen Histogrammen (höchstens 1 % relativer Fehler), über die Worker-Threads zusammengeführt; nicht die gerundeten von Locust. Zeiten zählen nur erfolgreiche Anfragen; Werte für das ganze Ziel umfassen jede Stufe der Rampe.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the Qt network stack hides some server faults: it resends a request whose answer was malformed (the server sees it more than once), reads a garbage answer or an unparsable chunk size as a short body (counted as no_done, not protocol), accepts an answer head of any size and drops the fields of one with more than 100 (counted as content_type). Use the lean transport to judge a server&apos;s HTTP; this one for proxies, redirects and HTTP/2.</source>
        <translation>der Qt-Netzwerkstapel verbirgt manche Serverfehler: Er sendet eine Anfrage erneut, deren Antwort fehlerhaft war (der Server sieht sie mehrfach), liest eine unsinnige Antwort oder eine unlesbare Chunk-Größe als kurzen Body (gezählt als no_done, nicht protocol), akzeptiert einen Antwortkopf beliebiger Größe und verwirft die Felder eines Kopfes mit mehr als 100 (gezählt als content_type). Zum Beurteilen des HTTP eines Servers den schlanken Transport verwenden; diesen für Proxys, Weiterleitungen und HTTP/2.</translation>
    </message>
</context>
<context>
    <name>TargetPhase</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>health check</source>
        <translation>Health-Check</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>plateau</name>
    <message>
        <source>No step completed a request, so there is no saturation verdict.</source>
        <translation>Keine Stufe hat eine Anfrage abgeschlossen, daher gibt es kein Sättigungsurteil.</translation>
    </message>
    <message>
        <source>peak %1 QPS ok at %2 users</source>
        <translation>Spitze %1 QPS ok bei %2 Benutzern</translation>
    </message>
    <message>
        <source>QPS flattened after %1 users: %1→%2 users added %3 QPS where linear scaling predicts %4 (%5).</source>
        <translation>QPS flachte nach %1 Benutzern ab: %1→%2 Benutzer brachten %3 QPS mehr, wo lineare Skalierung %4 erwarten lässt (%5).</translation>
    </message>
    <message>
        <source>Latency p95 crossed the %1 ms limit after %2 users: %3 ms at %4 users (%5).</source>
        <translation>Latenz p95 überschritt nach %2 Benutzern die Grenze von %1 ms: %3 ms bei %4 Benutzern (%5).</translation>
    </message>
    <message>
        <source>Latency p95 was over the %1 ms limit from the first step on: %2 users, %3 ms at %4 users (%5).</source>
        <translation>Latenz p95 lag ab der ersten Stufe über der Grenze von %1 ms: %2 Benutzer, %3 ms bei %4 Benutzern (%5).</translation>
    </message>
    <message>
        <source>The failure rate crossed the %1% limit after %2 users: %3% at %4 users (%5).</source>
        <translation>Die Fehlerrate überschritt nach %2 Benutzern die Grenze von %1 %: %3 % bei %4 Benutzern (%5).</translation>
    </message>
    <message>
        <source>The failure rate was over the %1% limit from the first step on: %2 users, %3% at %4 users (%5).</source>
        <translation>Die Fehlerrate lag ab der ersten Stufe über der Grenze von %1 %: %2 Benutzer, %3 % bei %4 Benutzern (%5).</translation>
    </message>
    <message>
        <source>QPS kept scaling up to %1 users: no knee within the ramp (%2).</source>
        <translation>QPS skalierte bis %1 Benutzer weiter: kein Knick innerhalb der Rampe (%2).</translation>
    </message>
    <message>
        <source>Too few requests completed per step to find a knee (%1).</source>
        <translation>Zu wenige abgeschlossene Anfragen pro Stufe, um einen Knick zu finden (%1).</translation>
    </message>
    <message>
        <source>The load generator itself was saturated at %1 users (CPU %2% of %3%, event-loop lag up to %4 ms): these numbers are a floor, not the server&apos;s capacity.</source>
        <translation>Der Lastgenerator selbst war bei %1 Benutzern ausgelastet (CPU %2 % von %3 %, Event-Loop-Verzögerung bis %4 ms): Diese Werte sind eine Untergrenze, nicht die Kapazität des Servers.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>QPS</source>
        <translation>QPS</translation>
    </message>
    <message>
        <source>QPS ok</source>
        <translation>QPS ok</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Failures %</source>
        <translation>Fehler %</translation>
    </message>
    <message>
        <source>QPS (completed/s)</source>
        <translation>QPS (abgeschlossen/s)</translation>
    </message>
    <message>
        <source>QPS ok (succeeded/s)</source>
        <translation>QPS ok (erfolgreich/s)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>TTFT (ms)</translation>
    </message>
    <message>
        <source>Failures (%)</source>
        <translation>Fehler (%)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>more lines skipped</source>
        <translation>weitere Zeilen übersprungen</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>no string &quot;prompt&quot; or &quot;content&quot; field</source>
        <translation>kein Zeichenkettenfeld „prompt“ oder „content“</translation>
    </message>
    <message>
        <source>empty prompt</source>
        <translation>leerer Prompt</translation>
    </message>
    <message>
        <source>cannot open %1: no such file</source>
        <translation>%1 kann nicht geöffnet werden: Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most 64 MiB)</source>
        <translation>%1 ist zu groß (%2 Bytes; höchstens 64 MiB)</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; is not &quot;Name: value&quot;</source>
        <translation>Header „%1“ hat nicht die Form „Name: Wert“</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>plateau::AuthRefModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Static token</source>
        <translation>Statisches Token</translation>
    </message>
    <message>
        <source>OAuth M2M</source>
        <translation>OAuth M2M</translation>
    </message>
    <message>
        <source>CLI token</source>
        <translation>CLI-Token</translation>
    </message>
    <message>
        <source>Per-user login</source>
        <translation>Anmeldung pro Benutzer</translation>
    </message>
    <message>
        <source>None (no Authorization header)</source>
        <translation>Keine (kein Authorization-Header)</translation>
    </message>
    <message>
        <source>Static token (PAT or short-lived user token)</source>
        <translation>Statisches Token (PAT oder kurzlebiges Benutzer-Token)</translation>
    </message>
    <message>
        <source>OAuth M2M (service principal)</source>
        <translation>OAuth M2M (Dienstprinzipal)</translation>
    </message>
    <message>
        <source>CLI token (a command prints it)</source>
        <translation>CLI-Token (von einem Befehl ausgegeben)</translation>
    </message>
    <message>
        <source>Per-user login (users file)</source>
        <translation>Anmeldung pro Benutzer (Benutzerdatei)</translation>
    </message>
    <message>
        <source>another reference already has this name</source>
        <translation>eine andere Referenz hat bereits diesen Namen</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>plateau::ChartPanel</name>
    <message>
        <source>Plot against:</source>
        <translation>Auftragen gegen:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>One point per ramp step (and the step in progress)</source>
        <translation>Ein Punkt pro Rampenstufe (und die laufende Stufe)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>One point per snapshot interval since the load phase began</source>
        <translation>Ein Punkt pro Messintervall seit Beginn der Lastphase</translation>
    </message>
    <message>
        <source>Zoom to max users:</source>
        <translation>Zoom bis max. Benutzer:</translation>
    </message>
    <message>
        <source>Zoom the users axis to lower concurrency</source>
        <translation>Die Benutzerachse auf geringere Nebenläufigkeit zoomen</translation>
    </message>
    <message>
        <source>No data yet. Start a run (F5), or open a past run from the History tab.</source>
        <translation>Noch keine Daten. Einen Lauf starten (F5) oder einen früheren Lauf im Reiter „Verlauf“ öffnen.</translation>
    </message>
    <message>
        <source>solid p50, dashed p95, dotted p99</source>
        <translation>durchgezogen p50, gestrichelt p95, gepunktet p99</translation>
    </message>
    <message>
        <source>solid p50, dashed p95</source>
        <translation>durchgezogen p50, gestrichelt p95</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Concurrent users</source>
        <translation>Gleichzeitige Benutzer</translation>
    </message>
    <message>
        <source>Seconds since the load phase began</source>
        <translation>Sekunden seit Beginn der Lastphase</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>Knick</translation>
    </message>
    <message>
        <source>peak = knee, %1 users</source>
        <translation>Spitze = Knick, %1 Benutzer</translation>
    </message>
    <message>
        <source>peak %1 QPS ok</source>
        <translation>Spitze %1 QPS ok</translation>
    </message>
    <message>
        <source>knee %1 users</source>
        <translation>Knick %1 Benutzer</translation>
    </message>
</context>
<context>
    <name>plateau::CredentialsDialog</name>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Shared password</source>
        <translation>Gemeinsames Passwort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Token path</source>
        <translation>Token-Pfad</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Users file</source>
        <translation>Benutzerdatei</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Requests are sent without an Authorization header.</source>
        <translation>Anfragen werden ohne Authorization-Header gesendet.</translation>
    </message>
    <message>
        <source>A bearer token you paste: a personal access token or a short-lived user token. It is never refreshed, so for runs longer than about an hour use OAuth M2M.</source>
        <translation>Ein eingefügtes Bearer-Token: ein persönliches Zugriffstoken oder ein kurzlebiges Benutzer-Token. Es wird nie erneuert; für Läufe länger als etwa eine Stunde daher OAuth M2M verwenden.</translation>
    </message>
    <message>
        <source>The service principal&apos;s client ID and secret are exchanged for a token at host + token path (client-credentials grant). Plateau refreshes the token before it expires.</source>
        <translation>Client-ID und Secret des Dienstprinzipals werden unter Host + Token-Pfad gegen ein Token getauscht (Client-Credentials-Grant). Plateau erneuert das Token, bevor es abläuft.</translation>
    </message>
    <message>
        <source>Plateau runs this command and reads the token it prints (JSON with access_token), e.g. the Databricks CLI. {host} in the command is replaced by the host. No secret is stored.</source>
        <translation>Plateau führt diesen Befehl aus und liest das ausgegebene Token (JSON mit access_token), z. B. die Databricks CLI. {host} im Befehl wird durch den Host ersetzt. Es wird kein Secret gespeichert.</translation>
    </message>
    <message>
        <source>Each virtual user logs in as one account of the users file by posting its username and password to the login URL. The shared password serves accounts listed without one.</source>
        <translation>Jeder virtuelle Benutzer meldet sich als ein Konto aus der Benutzerdatei an, indem er Benutzername und Passwort an die Anmelde-URL sendet. Das gemeinsame Passwort gilt für Konten, die ohne eigenes Passwort aufgeführt sind.</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>no secret entered for &apos;%1&apos; (type it in the form)</source>
        <translation>kein Secret für „%1“ eingegeben (im Formular eintragen)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n s: the test was stopped.</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n s: Der Test wurde beendet.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n s: Der Test wurde beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the secret store did not answer within %n s</source>
        <translation>
            <numerusform>der Secret-Speicher hat nicht innerhalb von %n s geantwortet</numerusform>
            <numerusform>der Secret-Speicher hat nicht innerhalb von %n s geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain is available: secrets are kept for this session only and are not saved.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Secrets werden nur für diese Sitzung behalten und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>New auth reference</source>
        <translation>Neue Auth-Referenz</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected reference; its stored secrets are copied when you save</source>
        <translation>Die ausgewählte Referenz kopieren; ihre gespeicherten Secrets werden beim Speichern mitkopiert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected reference; its secrets are removed when you save</source>
        <translation>Die ausgewählte Referenz löschen; ihre Secrets werden beim Speichern entfernt</translation>
    </message>
    <message>
        <source>No auth references yet.

Click Add to create one. Plans refer to it by name; its secrets go to the system keychain.</source>
        <translation>Noch keine Auth-Referenzen.

Zum Anlegen auf „Hinzufügen“ klicken. Pläne verweisen über den Namen darauf; ihre Secrets kommen in den System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>e.g. prod-sp</source>
        <translation>z. B. prod-sp</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. Plans refer to the reference by this name, and its secrets are stored under it.</source>
        <translation>Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;. Pläne verweisen über diesen Namen auf die Referenz, und ihre Secrets werden darunter gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Optional note, e.g. which workspace or team</source>
        <translation>Optionale Notiz, z. B. welcher Workspace oder welches Team</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The workspace URL the token is requested from</source>
        <translation>Die Workspace-URL, bei der das Token angefordert wird</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Application (client) ID of the service principal</source>
        <translation>Anwendungs-(Client-)ID des Dienstprinzipals</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>OAuth scope sent with the token request</source>
        <translation>OAuth-Scope, der mit der Token-Anfrage gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Path of the token endpoint on the host</source>
        <translation>Pfad des Token-Endpunkts auf dem Host</translation>
    </message>
    <message>
        <source>Token &amp;path:</source>
        <translation>Token-&amp;Pfad:</translation>
    </message>
    <message>
        <source>Program and arguments; quote an argument with spaces in &quot;double quotes&quot;. It must print the token as JSON and must not prompt.</source>
        <translation>Programm und Argumente; ein Argument mit Leerzeichen in &quot;doppelte Anführungszeichen&quot; setzen. Es muss das Token als JSON ausgeben und darf nicht nachfragen.</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>users.json</source>
        <translation>users.json</translation>
    </message>
    <message>
        <source>JSON: [{&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}] or {&quot;users&quot;: [...]}; the password may be left out when a shared password is stored</source>
        <translation>JSON: [{&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}] oder {&quot;users&quot;: [...]}; das Passwort kann fehlen, wenn ein gemeinsames Passwort gespeichert ist</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Users file:</source>
        <translation>Benutzer&amp;datei:</translation>
    </message>
    <message>
        <source>Receives {&quot;username&quot;: …, &quot;password&quot;: …} and answers {&quot;access_token&quot;: …}</source>
        <translation>Empfängt {&quot;username&quot;: …, &quot;password&quot;: …} und antwortet mit {&quot;access_token&quot;: …}</translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation>An&amp;melde-URL:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Longest wait for one token request, login or command run</source>
        <translation>Längste Wartezeit für eine Token-Anfrage, Anmeldung oder Befehlsausführung</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Typing here replaces the stored secret when you save. A stored secret is never shown.</source>
        <translation>Eine Eingabe hier ersetzt beim Speichern das gespeicherte Secret. Ein gespeichertes Secret wird nie angezeigt.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show what you typed (a stored secret is never read back)</source>
        <translation>Die Eingabe anzeigen (ein gespeichertes Secret wird nie zurückgelesen)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear this secret: the stored value is removed when you save</source>
        <translation>Dieses Secret leeren: Der gespeicherte Wert wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in authrefs.json or a plan.</source>
        <translation>Secrets werden im System-Schlüsselbund aufbewahrt, nie in authrefs.json oder einem Plan.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <source>Fetch a token with these settings, typed secrets included. Nothing is saved.</source>
        <translation>Ein Token mit diesen Einstellungen abrufen, eingegebene Secrets eingeschlossen. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Saving replaces it and keeps the old file as %3.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Speichern ersetzt die Datei und behält die alte als %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); the first: %2</source>
        <translation>
            <numerusform>%1 hat %n Problem: %2</numerusform>
            <numerusform>%1 hat %n Probleme; das erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: replaces {host} in the command</source>
        <translation>Optional: ersetzt {host} im Befehl</translation>
    </message>
    <message>
        <source>Nothing to test: no token is needed</source>
        <translation>Nichts zu testen: Es wird kein Token benötigt</translation>
    </message>
    <message>
        <source>Optional: none stored</source>
        <translation>Optional: nichts gespeichert</translation>
    </message>
    <message>
        <source>Not stored yet: enter it here</source>
        <translation>Noch nicht gespeichert: hier eingeben</translation>
    </message>
    <message>
        <source>Will be removed when you save</source>
        <translation>Wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <source>•••••• (taken over from &apos;%1&apos; when you save)</source>
        <translation>•••••• (wird beim Speichern von „%1“ übernommen)</translation>
    </message>
    <message>
        <source>•••••• (kept for this session only)</source>
        <translation>•••••• (nur für diese Sitzung behalten)</translation>
    </message>
    <message>
        <source>•••••• (stored in the keychain)</source>
        <translation>•••••• (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Could not read the stored value: type it to replace it</source>
        <translation>Der gespeicherte Wert konnte nicht gelesen werden: zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No keychain: secrets last until Plateau quits and are never written to a file.</source>
        <translation>Kein Schlüsselbund: Secrets bleiben bis zum Beenden von Plateau erhalten und werden nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Zuerst die markierten Felder korrigieren.</translation>
    </message>
    <message numerus="yes">
        <source>Token received, expires at %1 (in %n min)</source>
        <translation>
            <numerusform>Token erhalten, läuft um %1 ab (in %n min)</numerusform>
            <numerusform>Token erhalten, läuft um %1 ab (in %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Token found and usable in a header. It carries no expiry time: only the target can tell whether it is still valid.</source>
        <translation>Token gefunden und in einem Header verwendbar. Es enthält keine Ablaufzeit: Nur das Ziel kann feststellen, ob es noch gültig ist.</translation>
    </message>
    <message>
        <source>Token received; it does not say when it expires.</source>
        <translation>Token erhalten; es gibt nicht an, wann es abläuft.</translation>
    </message>
    <message numerus="yes">
        <source>Logged in as &apos;%1&apos;, the first of %n account(s) in the users file.</source>
        <translation>
            <numerusform>Angemeldet als „%1“ (%n Konto in der Benutzerdatei).</numerusform>
            <numerusform>Angemeldet als „%1“, das erste von %n Konten in der Benutzerdatei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Test abbre&amp;chen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft …</translation>
    </message>
    <message>
        <source>Not saved: &apos;%1&apos; has a problem. %2: %3</source>
        <translation>Nicht gespeichert: „%1“ hat ein Problem. %2: %3</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Storing secrets…</source>
        <translation>Secrets werden gespeichert …</translation>
    </message>
    <message>
        <source>the %1 of &apos;%2&apos;</source>
        <translation>%1 von „%2“</translation>
    </message>
    <message>
        <source>the old secret &apos;%1&apos;</source>
        <translation>das alte Secret „%1“</translation>
    </message>
    <message>
        <source>there is no secret store</source>
        <translation>es gibt keinen Secret-Speicher</translation>
    </message>
    <message>
        <source>Not saved: could not store %1. %2 was not changed.</source>
        <translation>Nicht gespeichert: %1 konnte nicht gespeichert werden. %2 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Removing secrets no reference uses any more…</source>
        <translation>Nicht mehr verwendete Secrets werden entfernt …</translation>
    </message>
    <message numerus="yes">
        <source>Saved, but %n old secret(s) could not be removed: %1</source>
        <translation>
            <numerusform>Gespeichert, aber %n altes Secret konnte nicht entfernt werden: %1</numerusform>
            <numerusform>Gespeichert, aber %n alte Secrets konnten nicht entfernt werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plateau::FailureClass</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>HTTP error status</source>
        <translation>HTTP-Fehlerstatus</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429)</source>
        <translation>Rate-Limit erreicht (HTTP 429)</translation>
    </message>
    <message>
        <source>Redirect (3xx)</source>
        <translation>Weiterleitung (3xx)</translation>
    </message>
    <message>
        <source>Authentication refused (401/403)</source>
        <translation>Authentifizierung abgelehnt (401/403)</translation>
    </message>
    <message>
        <source>Wrong content type</source>
        <translation>Falscher Content-Type</translation>
    </message>
    <message>
        <source>Stream ended without [DONE]</source>
        <translation>Stream ohne [DONE] beendet</translation>
    </message>
    <message>
        <source>No text delta</source>
        <translation>Kein Text-Delta</translation>
    </message>
    <message>
        <source>Error event in stream</source>
        <translation>Fehlerereignis im Stream</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>Stall timeout</source>
        <translation>Stillstands-Timeout</translation>
    </message>
    <message>
        <source>Total timeout</source>
        <translation>Gesamt-Timeout</translation>
    </message>
    <message>
        <source>Cancelled at test end</source>
        <translation>Bei Testende abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>plateau::HistoryPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open other…</source>
        <translation>Anderen öffnen …</translation>
    </message>
    <message>
        <source>Open a run folder elsewhere, or Locust --csv output (*_stats.csv)</source>
        <translation>Einen Laufordner an anderer Stelle oder eine Locust-Ausgabe von --csv (*_stats.csv) öffnen</translation>
    </message>
    <message>
        <source>Show in charts</source>
        <translation>In Diagrammen anzeigen</translation>
    </message>
    <message>
        <source>Show the selected run in the charts and the results table</source>
        <translation>Den ausgewählten Lauf in den Diagrammen und der Ergebnistabelle anzeigen</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>Auswahl vergleichen</translation>
    </message>
    <message>
        <source>Plot the curves of the selected runs on the same axes</source>
        <translation>Die Kurven der ausgewählten Läufe auf denselben Achsen darstellen</translation>
    </message>
    <message>
        <source>Select one run to show it, or several (Ctrl+click) to compare their curves.</source>
        <translation>Einen Lauf auswählen, um ihn anzuzeigen, oder mehrere (Strg+Klick), um ihre Kurven zu vergleichen.</translation>
    </message>
    <message>
        <source>Runs folder: %1</source>
        <translation>Ordner für Läufe: %1</translation>
    </message>
    <message>
        <source>Open a run folder or Locust CSV folder</source>
        <translation>Laufordner oder Locust-CSV-Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>plateau::LoadEngine</name>
    <message>
        <source>a run is already in progress</source>
        <translation>es läuft bereits ein Lauf</translation>
    </message>
    <message numerus="yes">
        <source>the plan has %n problem(s):
</source>
        <translation>
            <numerusform>der Plan hat %n Problem:
</numerusform>
            <numerusform>der Plan hat %n Probleme:
</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: cancelling requests in flight and writing results</source>
        <translation>wird gestoppt: laufende Anfragen werden abgebrochen und Ergebnisse geschrieben</translation>
    </message>
    <message>
        <source>transport: %1</source>
        <translation>Transport: %1</translation>
    </message>
</context>
<context>
    <name>plateau::LogPane</name>
    <message>
        <source>The engine&apos;s log appears here during a run.</source>
        <translation>Das Protokoll der Engine erscheint hier während eines Laufs.</translation>
    </message>
</context>
<context>
    <name>plateau::MainWindow</name>
    <message>
        <source>Cannot open the run</source>
        <translation>Lauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New plan (Ctrl+N)</source>
        <translation>Neuer Plan (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a plan (Ctrl+O)</source>
        <translation>Einen Plan öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Plateau plans (*.plateau.json *.json)</source>
        <translation>Plateau-Pläne (*.plateau.json *.json)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the plan (Ctrl+S)</source>
        <translation>Den Plan speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Open &amp;Demo Plan</source>
        <translation>&amp;Demoplan öffnen</translation>
    </message>
    <message>
        <source>A short ramp against the built-in mock agent</source>
        <translation>Eine kurze Rampe gegen den eingebauten Mock-Agent</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the run (F5)</source>
        <translation>Den Lauf starten (F5)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the run, keeping the results so far (Shift+F5)</source>
        <translation>Den Lauf stoppen, bisherige Ergebnisse bleiben erhalten (Umschalt+F5)</translation>
    </message>
    <message>
        <source>&amp;Mock Agent</source>
        <translation>&amp;Mock-Agent</translation>
    </message>
    <message>
        <source>Start or stop the built-in mock agent on 127.0.0.1</source>
        <translation>Den eingebauten Mock-Agent auf 127.0.0.1 starten oder stoppen</translation>
    </message>
    <message>
        <source>Mock agent</source>
        <translation>Mock-Agent</translation>
    </message>
    <message>
        <source>The mock agent cannot start: %1</source>
        <translation>Der Mock-Agent kann nicht starten: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>Copy Results as &amp;TSV</source>
        <translation>Ergebnisse als &amp;TSV kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Metric Definitions</source>
        <translation>&amp;Metrikdefinitionen</translation>
    </message>
    <message>
        <source>&amp;About Plateau</source>
        <translation>&amp;Über Plateau</translation>
    </message>
    <message>
        <source>About Plateau</source>
        <translation>Über Plateau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plateau&lt;/b&gt; %1&lt;br&gt;Load-test workbench for streaming AI-agent endpoints: ramp to saturation, live charts, saturation verdict.</source>
        <translation>&lt;b&gt;Plateau&lt;/b&gt; %1&lt;br&gt;Lasttest-Werkbank für streamende KI-Agent-Endpunkte: Rampe bis zur Sättigung, Live-Diagramme, Sättigungsurteil.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation>Metrikdefinitionen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running — about %1 left</source>
        <translation>Läuft – noch etwa %1</translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation>Lauf aktiv</translation>
    </message>
    <message>
        <source>A run is in progress. Stop it and quit? The results so far are kept.</source>
        <translation>Ein Lauf ist aktiv. Stoppen und beenden? Die bisherigen Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Plateau</source>
        <translation>%1[*] — Plateau</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Save them?</source>
        <translation>Der Plan hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>New plan: add the URLs of the apps to test.</source>
        <translation>Neuer Plan: die URLs der zu testenden Apps hinzufügen.</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 kann nicht gelesen werden:
%2</translation>
    </message>
    <message>
        <source>Plan opened with problems</source>
        <translation>Plan mit Problemen geöffnet</translation>
    </message>
    <message>
        <source>Some fields of %1 could not be read and keep their defaults:
%2</source>
        <translation>Einige Felder von %1 konnten nicht gelesen werden und behalten ihre Standardwerte:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Plateau plans (*.plateau.json)</source>
        <translation>Plateau-Pläne (*.plateau.json)</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation>Demoplan</translation>
    </message>
    <message>
        <source>Demo plan against the built-in mock agent at %1: press F5 to run it.</source>
        <translation>Demoplan gegen den eingebauten Mock-Agent unter %1: F5 drücken, um ihn auszuführen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>The plan cannot run yet</source>
        <translation>Der Plan kann noch nicht laufen</translation>
    </message>
    <message>
        <source>Fix these problems first (marked red in the plan):
%1</source>
        <translation>Zuerst diese Probleme beheben (im Plan rot markiert):
%1</translation>
    </message>
    <message>
        <source>Started the mock agent the plan points at (%1).</source>
        <translation>Der Mock-Agent, auf den der Plan verweist, wurde gestartet (%1).</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>Lauf kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Run started.</source>
        <translation>Lauf gestartet.</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run %1. Best: %2, peak %3 QPS ok at %4 users.</source>
        <translation>Lauf %1. Beste: %2, Spitze %3 QPS ok bei %4 Benutzern.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Run stopped.</source>
        <translation>Lauf gestoppt.</translation>
    </message>
    <message>
        <source>Run finished without results.</source>
        <translation>Lauf ohne Ergebnisse beendet.</translation>
    </message>
    <message numerus="yes">
        <source>The mock agent moved to %1; %n target(s) updated.</source>
        <translation>
            <numerusform>Der Mock-Agent ist nach %1 umgezogen; %n Ziel aktualisiert.</numerusform>
            <numerusform>Der Mock-Agent ist nach %1 umgezogen; %n Ziele aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>läuft auf %1</translation>
    </message>
    <message>
        <source>The built-in mock agent streams at %1/invocations</source>
        <translation>Der eingebaute Mock-Agent streamt unter %1/invocations</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>A run is in progress; open past runs when it has finished.</source>
        <translation>Ein Lauf ist aktiv; frühere Läufe nach seinem Ende öffnen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comparing: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s).</source>
        <translation>
            <numerusform>Vergleich von %n Lauf.</numerusform>
            <numerusform>Vergleich von %n Läufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing run %1.</source>
        <translation>Lauf %1 wird angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten …</translation>
    </message>
    <message>
        <source>Auth references for the targets&apos; Auth column, their secrets in the keychain</source>
        <translation>Auth-Referenzen für die Auth-Spalte der Ziele, ihre Secrets im Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>HTML &amp;Report…</source>
        <translation>HTML-&amp;Bericht …</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Results as &amp;CSV…</source>
        <translation>Ergebnisse als &amp;CSV …</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Run Summary as &amp;JSON…</source>
        <translation>Laufzusammenfassung als &amp;JSON …</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Current Chart as &amp;PNG…</source>
        <translation>Aktuelles Diagramm als &amp;PNG …</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>No run to export yet: run the plan or open a run from History.</source>
        <translation>Noch kein Lauf zum Exportieren: den Plan ausführen oder einen Lauf aus dem Verlauf öffnen.</translation>
    </message>
    <message>
        <source>The results table is empty.</source>
        <translation>Die Ergebnistabelle ist leer.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>add it in Run &gt; Credentials…</source>
        <translation>unter Lauf &gt; Zugangsdaten … anlegen</translation>
    </message>
</context>
<context>
    <name>plateau::PlanEditor</name>
    <message>
        <source>Name of the plan; runs are saved as &lt;runs folder&gt;/&lt;name&gt;-&lt;time&gt;</source>
        <translation>Name des Plans; Läufe werden als &lt;Ordner für Läufe&gt;/&lt;Name&gt;-&lt;Zeit&gt; gespeichert</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>Planname:</translation>
    </message>
    <message>
        <source>Targets (run one after another, in this order)</source>
        <translation>Ziele (nacheinander in dieser Reihenfolge ausgeführt)</translation>
    </message>
    <message>
        <source>Load profile</source>
        <translation>Lastprofil</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ The plan is ready to run.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Der Plan ist startbereit.&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;%n problem(s)&lt;/b&gt;&lt;/span&gt; — the run cannot start until they are fixed; the cells and fields concerned are marked red.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;%n Problem&lt;/b&gt;&lt;/span&gt; — der Lauf kann erst nach der Behebung starten; die betroffenen Zellen und Felder sind rot markiert.</numerusform>
            <numerusform>&lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;%n Probleme&lt;/b&gt;&lt;/span&gt; — der Lauf kann erst nach ihrer Behebung starten; die betroffenen Zellen und Felder sind rot markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plateau::ProfileEditor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Load shape</source>
        <translation>Lastform</translation>
    </message>
    <message>
        <source>Step ramp to saturation</source>
        <translation>Stufenrampe bis zur Sättigung</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>Sustained</source>
        <translation>Dauerlast</translation>
    </message>
    <message>
        <source>Constant arrival rate (open loop)</source>
        <translation>Konstante Ankunftsrate (offene Schleife)</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source> users</source>
        <translation> Benutzer</translation>
    </message>
    <message>
        <source> users/s</source>
        <translation> Benutzer/s</translation>
    </message>
    <message>
        <source>The head of each step is excluded from its statistics while new users start</source>
        <translation>Der Anfang jeder Stufe wird aus ihrer Statistik ausgeschlossen, während neue Benutzer starten</translation>
    </message>
    <message>
        <source>Stop the ramp at the knee</source>
        <translation>Rampe am Knick beenden</translation>
    </message>
    <message>
        <source>End this target&apos;s ramp at the first step after the knee is found</source>
        <translation>Die Rampe dieses Ziels mit der ersten Stufe nach dem gefundenen Knick beenden</translation>
    </message>
    <message>
        <source>Max users:</source>
        <translation>Max. Benutzer:</translation>
    </message>
    <message>
        <source>Step size:</source>
        <translation>Stufengröße:</translation>
    </message>
    <message>
        <source>Step duration:</source>
        <translation>Stufendauer:</translation>
    </message>
    <message>
        <source>Spawn rate:</source>
        <translation>Startrate:</translation>
    </message>
    <message>
        <source>Settle per step:</source>
        <translation>Einschwingzeit pro Stufe:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Ramp within:</source>
        <translation>Hochfahren innerhalb:</translation>
    </message>
    <message>
        <source>Hold for:</source>
        <translation>Halten für:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> Anfr./s</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>Arrival rate:</source>
        <translation>Ankunftsrate:</translation>
    </message>
    <message>
        <source>Max in flight:</source>
        <translation>Max. gleichzeitig:</translation>
    </message>
    <message>
        <source>Pacing (closed loop)</source>
        <translation>Taktung (geschlossene Schleife)</translation>
    </message>
    <message>
        <source>Each user pauses a random time between min and max before its next request</source>
        <translation>Jeder Benutzer pausiert vor seiner nächsten Anfrage eine zufällige Zeit zwischen Minimum und Maximum</translation>
    </message>
    <message>
        <source>Think time min:</source>
        <translation>Denkzeit min.:</translation>
    </message>
    <message>
        <source>Think time max:</source>
        <translation>Denkzeit max.:</translation>
    </message>
    <message>
        <source>Saturation verdict</source>
        <translation>Sättigungsurteil</translation>
    </message>
    <message>
        <source>The knee is the first step whose QPS gain is below this share of the gain expected if QPS grew linearly with users</source>
        <translation>Der Knick ist die erste Stufe, deren QPS-Zuwachs unter diesem Anteil des Zuwachses liegt, der bei linearem Wachstum der QPS mit den Benutzern zu erwarten wäre</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>A step whose latency p95 crosses this limit is the knee</source>
        <translation>Eine Stufe, deren Latenz p95 diese Grenze überschreitet, ist der Knick</translation>
    </message>
    <message>
        <source>A step whose failure rate (0..1) crosses this limit is the knee</source>
        <translation>Eine Stufe, deren Fehlerrate (0..1) diese Grenze überschreitet, ist der Knick</translation>
    </message>
    <message>
        <source>Flat fraction:</source>
        <translation>Flach-Anteil:</translation>
    </message>
    <message>
        <source>Latency p95 limit:</source>
        <translation>Grenze Latenz p95:</translation>
    </message>
    <message>
        <source>Failure rate limit:</source>
        <translation>Grenze Fehlerrate:</translation>
    </message>
    <message>
        <source>Adds step-size users every step duration up to max users, holding each level; each step&apos;s QPS is measured after the settle time.</source>
        <translation>Fügt nach jeder Stufendauer so viele Benutzer hinzu, wie die Stufengröße angibt, bis zur maximalen Benutzerzahl, und hält jedes Niveau; die QPS jeder Stufe werden nach der Einschwingzeit gemessen.</translation>
    </message>
    <message>
        <source>Starts all users within the ramp time, then holds them.</source>
        <translation>Startet alle Benutzer innerhalb der Rampenzeit und hält sie dann.</translation>
    </message>
    <message>
        <source>Holds a fixed number of users for the whole duration (soak test).</source>
        <translation>Hält eine feste Anzahl Benutzer über die gesamte Dauer (Dauertest).</translation>
    </message>
    <message>
        <source>Sends requests at a fixed rate whatever the latency; latency is also reported from the intended send time (coordinated omission).</source>
        <translation>Sendet Anfragen mit fester Rate unabhängig von der Latenz; die Latenz wird auch ab dem geplanten Sendezeitpunkt ausgewiesen (Coordinated Omission).</translation>
    </message>
    <message>
        <source>Estimated run time: &lt;b&gt;%1&lt;/b&gt; per target (%2 steps × %3)</source>
        <translation>Geschätzte Laufzeit: &lt;b&gt;%1&lt;/b&gt; pro Ziel (%2 Stufen × %3)</translation>
    </message>
    <message>
        <source>Estimated run time: &lt;b&gt;%1&lt;/b&gt; per target</source>
        <translation>Geschätzte Laufzeit: &lt;b&gt;%1&lt;/b&gt; pro Ziel</translation>
    </message>
    <message numerus="yes">
        <source>, &lt;b&gt;%1&lt;/b&gt; for %n enabled target(s).</source>
        <translation>
            <numerusform>, &lt;b&gt;%1&lt;/b&gt; für %n aktiviertes Ziel.</numerusform>
            <numerusform>, &lt;b&gt;%1&lt;/b&gt; für %n aktivierte Ziele.</numerusform>
        </translation>
    </message>
    <message>
        <source>(load phase only; each target&apos;s health check and warm-up add a few seconds)</source>
        <translation>(nur Lastphase; Health-Check und Aufwärmen jedes Ziels kommen mit einigen Sekunden hinzu)</translation>
    </message>
</context>
<context>
    <name>plateau::PromptEditor</name>
    <message>
        <source>Load from file…</source>
        <translation>Aus Datei laden …</translation>
    </message>
    <message>
        <source>A .txt file (one prompt per line) or .jsonl (a &quot;prompt&quot; or &quot;content&quot; field, or a JSON string, per line)</source>
        <translation>Eine .txt-Datei (ein Prompt pro Zeile) oder .jsonl (ein Feld „prompt“ oder „content“ oder eine JSON-Zeichenkette pro Zeile)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>One prompt per line. Users pick prompts in turn.</source>
        <translation>Ein Prompt pro Zeile. Die Benutzer wählen die Prompts reihum.</translation>
    </message>
    <message>
        <source>Write a line break inside a prompt as \n and a backslash as \\.</source>
        <translation>Einen Zeilenumbruch innerhalb eines Prompts als \n und einen Backslash als \\ schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n prompt(s) from %1.</source>
        <translation>
            <numerusform>%n Prompt aus %1 geladen.</numerusform>
            <numerusform>%n Prompts aus %1 geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no prompt.</source>
        <translation>%1 enthält keinen Prompt.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation>Prompts laden</translation>
    </message>
    <message>
        <source>Prompt files (*.txt *.jsonl *.ndjson);;All files (*)</source>
        <translation>Prompt-Dateien (*.txt *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n Prompt</numerusform>
            <numerusform>%n Prompts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plateau::RequestEditor</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Appended to each target&apos;s URL</source>
        <translation>Wird an die URL jedes Ziels angehängt</translation>
    </message>
    <message>
        <source>Method and path:</source>
        <translation>Methode und Pfad:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Responses style (input)</source>
        <translation>Responses-Stil (input)</translation>
    </message>
    <message>
        <source>Chat completions style (messages)</source>
        <translation>Chat-Completions-Stil (messages)</translation>
    </message>
    <message>
        <source>Body preset:</source>
        <translation>Body-Vorlage:</translation>
    </message>
    <message>
        <source>JSON body; every {{prompt}} becomes a prompt from the list (JSON-escaped), {{session}} the virtual user&apos;s session id</source>
        <translation>JSON-Body; jedes {{prompt}} wird zu einem Prompt aus der Liste (JSON-maskiert), {{session}} zur Sitzungs-ID des virtuellen Benutzers</translation>
    </message>
    <message>
        <source>Body template:</source>
        <translation>Body-Schablone:</translation>
    </message>
    <message>
        <source>Streaming response (text/event-stream)</source>
        <translation>Streaming-Antwort (text/event-stream)</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>TCP and TLS connection setup</source>
        <translation>TCP- und TLS-Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Stall: no byte received for this long (counted as a stall timeout)</source>
        <translation>Stillstand: so lange kein Byte empfangen (zählt als Stillstands-Timeout)</translation>
    </message>
    <message>
        <source>Deadline of the whole request</source>
        <translation>Frist für die gesamte Anfrage</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Verbinden:</translation>
    </message>
    <message>
        <source>Idle (stall):</source>
        <translation>Leerlauf (Stillstand):</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Lean HTTP/1.1 (fastest, lowest generator CPU)</source>
        <translation>Schlankes HTTP/1.1 (am schnellsten, geringste Generator-CPU)</translation>
    </message>
    <message>
        <source>Qt network stack (proxies, redirects, optional HTTP/2)</source>
        <translation>Qt-Netzwerkstack (Proxys, Weiterleitungen, optional HTTP/2)</translation>
    </message>
    <message>
        <source>Allow HTTP/2 over TLS</source>
        <translation>HTTP/2 über TLS erlauben</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>plateau::ResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Best configuration: highest peak QPS ok.</source>
        <translation>Beste Konfiguration: höchste Spitzen-QPS ok.</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed; %3 cancelled at the end of the test (not counted)</source>
        <translation>%1 ok, %2 fehlgeschlagen; %3 am Testende abgebrochen (nicht gezählt)</translation>
    </message>
    <message>
        <source>The load generator itself was saturated: these numbers are a floor.</source>
        <translation>Der Lastgenerator selbst war ausgelastet: Diese Werte sind eine Untergrenze.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The configuration (target label). ★ marks the best one: the highest peak QPS ok.</source>
        <translation>Die Konfiguration (Bezeichnung des Ziels). ★ markiert die beste: die höchste Spitzen-QPS ok.</translation>
    </message>
    <message>
        <source>Compute size of the app</source>
        <translation>Compute-Größe der App</translation>
    </message>
    <message>
        <source>Peak QPS ok: the highest QPS ok of any step.</source>
        <translation>Spitzen-QPS ok: die höchste QPS ok aller Stufen.</translation>
    </message>
    <message>
        <source>Peak QPS: the highest QPS of any step, failures included.</source>
        <translation>Spitzen-QPS: die höchste QPS aller Stufen, Fehler eingeschlossen.</translation>
    </message>
    <message>
        <source>Over the whole load phase.</source>
        <translation>Über die gesamte Lastphase.</translation>
    </message>
    <message>
        <source>Server failures counted apart by class: connect, TLS, HTTP status, 429, redirect, auth, content type, no [DONE], no text delta, mid-stream error event, protocol, stall and total timeouts.</source>
        <translation>Serverfehler getrennt nach Klasse gezählt: Verbindung, TLS, HTTP-Status, 429, Weiterleitung, Authentifizierung, Content-Type, kein [DONE], kein Text-Delta, Fehlerereignis im Stream, Protokoll, Stillstands- und Gesamt-Timeouts.</translation>
    </message>
    <message>
        <source>Completed requests over the load phase (ok + failed); requests cancelled at the end of the test are not counted.</source>
        <translation>Abgeschlossene Anfragen während der Lastphase (ok + fehlgeschlagen); am Testende abgebrochene Anfragen werden nicht gezählt.</translation>
    </message>
    <message>
        <source>How the target&apos;s run ended</source>
        <translation>Wie der Lauf des Ziels endete</translation>
    </message>
    <message>
        <source>Knee reason</source>
        <translation>Grund für Knick</translation>
    </message>
    <message>
        <source>Peak
QPS ok</source>
        <translation>Spitzen-
QPS ok</translation>
    </message>
    <message>
        <source>Peak
QPS</source>
        <translation>Spitzen-
QPS</translation>
    </message>
    <message>
        <source>Users
at peak</source>
        <translation>Benutzer
bei Spitze</translation>
    </message>
    <message>
        <source>Knee
(users)</source>
        <translation>Knick
(Benutzer)</translation>
    </message>
    <message>
        <source>TTFT
p50 ms</source>
        <translation>TTFT
p50 ms</translation>
    </message>
    <message>
        <source>TTFT
p95 ms</source>
        <translation>TTFT
p95 ms</translation>
    </message>
    <message>
        <source>Latency
p50 ms</source>
        <translation>Latenz
p50 ms</translation>
    </message>
    <message>
        <source>Latency
p95 ms</source>
        <translation>Latenz
p95 ms</translation>
    </message>
    <message>
        <source>Latency
p99 ms</source>
        <translation>Latenz
p99 ms</translation>
    </message>
    <message>
        <source>Failure
rate</source>
        <translation>Fehler-
rate</translation>
    </message>
    <message>
        <source>Failures
by class</source>
        <translation>Fehler
nach Klasse</translation>
    </message>
</context>
<context>
    <name>plateau::ResultsPanel</name>
    <message>
        <source>Copy as TSV</source>
        <translation>Als TSV kopieren</translation>
    </message>
    <message>
        <source>Copy the table, tab separated, for a spreadsheet</source>
        <translation>Die Tabelle tabulatorgetrennt für eine Tabellenkalkulation kopieren</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <source>No step has completed a request yet.</source>
        <translation>Noch keine Stufe hat eine Anfrage abgeschlossen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best configuration: %1&lt;/b&gt; — peak %2 QPS ok at %3 users.</source>
        <translation>&lt;b&gt;Beste Konfiguration: %1&lt;/b&gt; — Spitze %2 QPS ok bei %3 Benutzern.</translation>
    </message>
</context>
<context>
    <name>plateau::RunController</name>
    <message>
        <source>a run is already in progress</source>
        <translation>es läuft bereits ein Lauf</translation>
    </message>
    <message numerus="yes">
        <source>Starting run of %n target(s)…</source>
        <translation>
            <numerusform>Lauf mit %n Ziel wird gestartet …</numerusform>
            <numerusform>Lauf mit %n Zielen wird gestartet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>Laufordner: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run stopped; the results so far are kept.</source>
        <translation>Lauf gestoppt; die bisherigen Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>Lauf beendet.</translation>
    </message>
    <message>
        <source>CPU %1% of %2%</source>
        <translation>CPU %1 % von %2 %</translation>
    </message>
    <message>
        <source>event-loop lag %1 ms</source>
        <translation>Event-Loop-Verzögerung %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n late dispatch(es)</source>
        <translation>
            <numerusform>%n verspätete Zustellung</numerusform>
            <numerusform>%n verspätete Zustellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The load generator itself is saturated (%1: %2 at %3 users): results at this load are a floor, not the server&apos;s capacity. Use fewer users, the lean transport, or a bigger machine.</source>
        <translation>Der Lastgenerator selbst ist ausgelastet (%1: %2 bei %3 Benutzern): Ergebnisse bei dieser Last sind eine Untergrenze, nicht die Kapazität des Servers. Weniger Benutzer, den schlanken Transport oder einen größeren Rechner verwenden.</translation>
    </message>
    <message>
        <source>cannot create the run folder: %1</source>
        <translation>der Laufordner kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>plateau::RunListModel</name>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>%1: %2 QPS ok</source>
        <translation>%1: %2 QPS ok</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Best configuration</source>
        <translation>Beste Konfiguration</translation>
    </message>
</context>
<context>
    <name>plateau::RunProgressModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Estimated from the load profile; health check and warm-up not included</source>
        <translation>Aus dem Lastprofil geschätzt; Health-Check und Aufwärmen nicht enthalten</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>plateau::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Runs folder:</source>
        <translation>Ordner für Läufe:</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Ordner für Läufe</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>How often the live charts redraw during a run</source>
        <translation>Wie oft die Live-Diagramme während eines Laufs neu gezeichnet werden</translation>
    </message>
    <message>
        <source>Chart refresh:</source>
        <translation>Diagramm-Aktualisierung:</translation>
    </message>
    <message>
        <source>Draw chart lines with OpenGL</source>
        <translation>Diagrammlinien mit OpenGL zeichnen</translation>
    </message>
    <message>
        <source>Faster with very many points; solid lines only, and some platforms cannot take screenshots of OpenGL charts. Off by default.</source>
        <translation>Schneller bei sehr vielen Punkten; nur durchgezogene Linien, und manche Plattformen können keine Bildschirmfotos von OpenGL-Diagrammen erstellen. Standardmäßig aus.</translation>
    </message>
</context>
<context>
    <name>plateau::TargetTableModel</name>
    <message>
        <source>Server-side workers unknown (informational only)</source>
        <translation>Serverseitige Worker unbekannt (nur zur Information)</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Only enabled targets are run, one after another</source>
        <translation>Nur aktivierte Ziele werden ausgeführt, eines nach dem anderen</translation>
    </message>
    <message>
        <source>Name of the configuration; also the folder name of its results in the run folder</source>
        <translation>Name der Konfiguration; zugleich der Ordnername ihrer Ergebnisse im Laufordner</translation>
    </message>
    <message>
        <source>Base URL of the app; the request path is appended</source>
        <translation>Basis-URL der App; der Anfragepfad wird angehängt</translation>
    </message>
    <message>
        <source>Compute size of the app (small, medium, large, xlarge or free text); charts group by it</source>
        <translation>Compute-Größe der App (small, medium, large, xlarge oder freier Text); Diagramme gruppieren danach</translation>
    </message>
    <message>
        <source>Server-side worker processes, informational</source>
        <translation>Serverseitige Worker-Prozesse, zur Information</translation>
    </message>
    <message>
        <source>Name of an auth reference resolved at run time; the secret itself never enters the plan</source>
        <translation>Name einer Auth-Referenz, die zur Laufzeit aufgelöst wird; das Secret selbst gelangt nie in den Plan</translation>
    </message>
    <message>
        <source>Extra request headers as &quot;Name: value; Name2: value2&quot;</source>
        <translation>Zusätzliche Anfrage-Header als &quot;Name: Wert; Name2: Wert2&quot;</translation>
    </message>
</context>
<context>
    <name>plateau::TargetsEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation>Ein Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add URLs…</source>
        <translation>URLs hinzufügen …</translation>
    </message>
    <message>
        <source>Add several targets at once: one URL per line; labels come from the host</source>
        <translation>Mehrere Ziele auf einmal hinzufügen: eine URL pro Zeile; die Bezeichnungen stammen vom Host</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Move up: targets run in table order</source>
        <translation>Nach oben verschieben: Ziele laufen in Tabellenreihenfolge</translation>
    </message>
    <message>
        <source>Move down: targets run in table order</source>
        <translation>Nach unten verschieben: Ziele laufen in Tabellenreihenfolge</translation>
    </message>
    <message>
        <source>Paste URLs</source>
        <translation>URLs einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n target(s).</source>
        <translation>
            <numerusform>%n Ziel hinzugefügt.</numerusform>
            <numerusform>%n Ziele hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not an http(s) URL, skipped: %1</source>
        <translation>Keine http(s)-URL, übersprungen: %1</translation>
    </message>
    <message>
        <source>Add targets from URLs</source>
        <translation>Ziele aus URLs hinzufügen</translation>
    </message>
    <message>
        <source>One app URL per line. Labels, compute size and workers are taken from the host name where it says them (my-app-medium-w4).</source>
        <translation>Eine App-URL pro Zeile. Bezeichnungen, Compute-Größe und Worker werden aus dem Hostnamen übernommen, sofern er sie enthält (my-app-medium-w4).</translation>
    </message>
</context>
</TS>

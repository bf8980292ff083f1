#!/bin/sh
# Makes the voice prompts and the music on hold of relais-dispatch into OUTDIR:
# 8 kHz mono 16-bit WAV, French (fr/) and English (en/) spoken by espeak-ng, music by sox.
# Usage: scripts/make-prompts.sh OUTDIR
set -eu
out=${1:?usage: make-prompts.sh OUTDIR}
command -v espeak-ng >/dev/null || { echo "make-prompts.sh: espeak-ng is missing (scripts/install-deps.sh)" >&2; exit 1; }
command -v sox >/dev/null || { echo "make-prompts.sh: sox is missing (scripts/install-deps.sh)" >&2; exit 1; }
mkdir -p "$out/fr" "$out/en"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# say VOICE FILE TEXT: speak TEXT into FILE (8 kHz mono, a short silence after it).
say() {
    espeak-ng -v "$1" -s 150 -w "$tmp/raw.wav" "$3"
    sox -q "$tmp/raw.wav" -r 8000 -c 1 -b 16 "$2" pad 0 0.3 gain -n -3
}

say fr "$tmp/lang-fr.wav" "Bienvenue chez Relais. Pour le français, tapez 1."
say en "$tmp/lang-en.wav" "For English, press 2."
sox -q "$tmp/lang-fr.wav" "$tmp/lang-en.wav" "$out/language.wav"

say fr "$out/fr/menu.wav" "Pour joindre un conseiller, tapez 1. Pour l'assistance technique, tapez 2. \
Pour nos horaires et informations, tapez 3."
say en "$out/en/menu.wav" "To speak to an adviser, press 1. For technical support, press 2. \
For our opening hours and information, press 3."
say fr "$out/fr/welcome.wav" "Merci de votre appel. Un conseiller va vous répondre dans quelques instants."
say en "$out/en/welcome.wav" "Thank you for calling. An adviser will be with you shortly."
say fr "$out/fr/announcement.wav" "Tous nos conseillers sont occupés. Merci de patienter, votre appel va être traité."
say en "$out/en/announcement.wav" "All our advisers are busy. Please hold, your call will be answered."
say fr "$out/fr/selfcare.wav" "Nos conseillers vous répondent du lundi au samedi, de huit heures à vingt heures. \
Retrouvez aussi votre compte sur relais point b j. Au revoir."
say en "$out/en/selfcare.wav" "Our advisers are available Monday to Saturday, from eight a m to eight p m. \
You can also manage your account online. Goodbye."
say fr "$out/fr/callback-offer.wav" "Pour être rappelé par un conseiller, tapez 1. Sinon, restez en ligne."
say en "$out/en/callback-offer.wav" "To be called back by an adviser, press 1. Otherwise, please stay on the line."
say fr "$out/fr/callback-thanks.wav" "Merci, votre demande est enregistrée. Un conseiller vous rappellera. Au revoir."
say en "$out/en/callback-thanks.wav" "Thank you, your request is recorded. An adviser will call you back. Goodbye."

# The tone before a callback request is recorded: 1 kHz, 400 ms, no words (any language).
sox -q -n -r 8000 -c 1 -b 16 "$out/beep.wav" synth 0.4 sine 1000 fade 0.01 0.4 0.01 gain -n -10

# Music on hold: a gentle plucked progression (C, A minor, F, G), each chord arpeggiated,
# twice round, with a little reverb: 16 s that loop cleanly.
chords=""
for ch in "C4 E4 G4 C3" "A3 C4 E4 A2" "F3 A3 C4 F2" "G3 B3 D4 G2"; do
    set -- $ch
    sox -q -r 44100 -c 4 -n -c 1 -b 16 "$tmp/chord-$1.wav" \
        synth 2 pluck "$1" pluck "$2" pluck "$3" pluck "$4" delay 0 0.15 0.3 0 remix - fade 0 2 0.3
    chords="$chords $tmp/chord-$1.wav"
done
# shellcheck disable=SC2086
sox -q $chords $chords -r 8000 -c 1 -b 16 "$out/music.wav" reverb 30 gain -n -6

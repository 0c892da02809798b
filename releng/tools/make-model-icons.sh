#!/usr/bin/env bash
# Draws the 16x16 icons of the register model's item providers (ImageMagick), replacing EMF's generic
# generated ones. The generator writes icons only when they are missing, so these stay.
# Run from the repository root: bash releng/tools/make-model-icons.sh
set -euo pipefail
out=bundles/org.prozesswerk.model.edit/icons/full/obj16
draw() { # name, then -draw primitives
  local name=$1; shift
  convert -size 32x32 xc:none "$@" -filter Box -resize 16x16 -channel A -threshold 40% +channel \
    -background none -transparent none "GIF:$out/$name.gif"
}
blue='#1f5fa8'; yellow='#e8b13a'; dark='#5a4a1a'; purple='#7a3e9d'; green='#2e8b57'; grey='#6b6b6b'; red='#b03030'
# a folder
draw Folder -fill "$yellow" -stroke "$dark" -strokewidth 2 -draw "polygon 2,8 2,27 30,27 30,10 15,10 12,6 4,6" \
  -fill '#f6d27a' -draw "polygon 2,12 30,12 30,27 2,27"
# a Steckbrief: a sheet with a three-step process
draw ProcessProfile -fill white -stroke "$blue" -strokewidth 2 -draw "rectangle 5,2 27,30" \
  -fill "$blue" -stroke none -draw "rectangle 8,13 12,19" -draw "rectangle 14,13 18,19" -draw "rectangle 20,13 24,19" \
  -draw "rectangle 8,6 24,8" -draw "rectangle 8,24 20,26"
# the register: a binder
draw ProcessRegister -fill "$blue" -stroke '#123a66' -strokewidth 2 -draw "rectangle 5,2 27,30" \
  -fill white -stroke none -draw "rectangle 10,7 23,10" -draw "rectangle 10,13 23,15" -draw "rectangle 10,18 19,20"
# an org unit: a small org chart
draw OrgUnit -fill "$purple" -stroke none -draw "rectangle 11,2 21,10" -draw "rectangle 2,21 12,29" \
  -draw "rectangle 20,21 30,29" -stroke "$purple" -strokewidth 2 -draw "line 16,10 16,16" -draw "line 7,16 25,16" \
  -draw "line 7,16 7,21" -draw "line 25,16 25,21"
# a participation: two people
draw Participation -fill "$purple" -stroke none -draw "circle 10,9 10,4" -draw "circle 22,9 22,4" \
  -draw "roundrectangle 3,15 17,29 4,4" -draw "roundrectangle 15,15 29,29 4,4"
# a catalogue reference: a tag
draw CatalogueReference -fill "$green" -stroke '#1d5c39' -strokewidth 2 -draw "polygon 3,14 14,3 29,3 29,18 18,29" \
  -fill white -stroke none -draw "circle 23,9 23,6"
# a catalogue in use: a book
draw CatalogueUsage -fill "$green" -stroke '#1d5c39' -strokewidth 2 -draw "rectangle 6,3 26,29" \
  -fill white -stroke none -draw "rectangle 10,7 22,10"
# a legal basis: a section sign on a sheet
draw LegalBasis -fill white -stroke "$grey" -strokewidth 2 -draw "rectangle 5,2 27,30" \
  -fill "$red" -stroke none -font DejaVu-Sans-Bold -pointsize 22 -draw "text 9,25 '§'"
# a context (online service, IT procedure, form): a globe
draw ProcessContext -fill '#3d8fd6' -stroke "$blue" -strokewidth 2 -draw "circle 16,16 16,3" \
  -fill none -stroke white -strokewidth 2 -draw "ellipse 16,16 6,13 0,360" -draw "line 3,16 29,16"
# a process model: a small BPMN diagram (event, task, gateway)
draw ProcessModelReference -fill white -stroke '#333333' -strokewidth 2 -draw "circle 6,16 6,11" \
  -draw "roundrectangle 12,10 22,22 3,3" -draw "polygon 27,11 31,16 27,21 23,16" -draw "line 11,16 12,16"
# a status change: a clock
draw StatusChange -fill white -stroke "$blue" -strokewidth 3 -draw "circle 16,16 16,3" \
  -stroke "$blue" -strokewidth 3 -draw "line 16,16 16,8" -draw "line 16,16 22,19"
# attributes: a list
draw AttributeDefinition -fill white -stroke "$grey" -strokewidth 2 -draw "rectangle 3,4 29,28" \
  -fill "$blue" -stroke none -draw "rectangle 7,9 11,12" -draw "rectangle 7,15 11,18" -draw "rectangle 7,21 11,24" \
  -fill "$grey" -draw "rectangle 14,9 25,12" -draw "rectangle 14,15 25,18" -draw "rectangle 14,21 25,24"
draw AttributeValue -fill white -stroke "$grey" -strokewidth 2 -draw "rectangle 3,8 29,24" \
  -fill "$blue" -stroke none -draw "rectangle 7,13 24,19"

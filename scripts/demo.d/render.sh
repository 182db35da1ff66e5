# `dosering render`: both examples as HTML and Markdown in build/ (sourced by demo.sh).
show $D render examples/kalmar.yaml -o build/kalmar.html
show $D render examples/kalmar.yaml -o build/kalmar.md
show $D render examples/vgr.yaml -o build/vgr.html
show $D render examples/vgr.yaml -f md -o build/vgr.md
show $D render examples/vgr.yaml --lang en -o build/vgr.en.html
rm -rf build/templates-demo
show $D templates eject build/templates-demo
printf '\nOpen the documents in a browser, e.g.: xdg-open build/kalmar.html\n'

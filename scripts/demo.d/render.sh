# `dosering render`: both examples as HTML, Markdown, PDF and Word in build/
# (sourced by demo.sh).
for example in vgr kalmar; do
  for suffix in html md pdf docx; do
    show $D render examples/$example.yaml -o build/$example.$suffix
  done
done
show $D render examples/vgr.yaml --lang en -o build/vgr.en.html
rm -rf build/templates-demo
show $D templates eject build/templates-demo
printf '\nOpen the documents, e.g.: xdg-open build/kalmar.html (or .pdf, .docx)\n'

notice t { title "T" cite "Test" issued 2026-02-06 articles 1 }
terms vc { zh "加��" }
rule r {
  article 1
  severity error
  on registration
  summary "s"
  when name has vc
  message "{field}: {match}"
  help "h"
  example fail { name: "加密资产公司" }
  example pass { name: "软件公司" }
}

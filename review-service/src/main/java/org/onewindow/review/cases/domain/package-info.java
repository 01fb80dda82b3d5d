/** Review cases (后台分类审批): department tasks, REVIEW/CHECK steps (一审一核), decisions and licences. */
package org.onewindow.review.cases.domain;

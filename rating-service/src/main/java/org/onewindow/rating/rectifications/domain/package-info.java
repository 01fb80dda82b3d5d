/** 差评整改: a bad rating opens a rectification for the rated department, due a number of working days later. */
package org.onewindow.rating.rectifications.domain;
